# time: O(n^2)
# space: O(n)
# C-builtin trap: the visited cells are kept in a list, so every `cell in visited` is a linear C scan (the all-land island grows it to n).
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    visited = []
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in visited:
                continue
            count += 1
            visited.append((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for cell in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    ny, nx = cell
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and cell not in visited:
                        visited.append(cell)
                        stack.append(cell)
    return count
