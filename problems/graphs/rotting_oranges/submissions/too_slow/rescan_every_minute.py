# Simulates minute by minute: rescans the whole grid for fresh oranges next to rotten ones, then rots them all: correct, but O(R * C * minutes), O(n^2) on a winding corridor.
def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    minutes = 0
    while True:
        to_rot = []
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1 and (
                    (r > 0 and grid[r - 1][c] == 2) or (r + 1 < rows and grid[r + 1][c] == 2)
                    or (c > 0 and grid[r][c - 1] == 2) or (c + 1 < cols and grid[r][c + 1] == 2)
                ):
                    to_rot.append((r, c))
        if not to_rot:
            break
        for r, c in to_rot:
            grid[r][c] = 2
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes
