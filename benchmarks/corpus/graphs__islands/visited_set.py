# time: O(n)
# space: O(n)
# Iterative DFS with a set of visited (row, col) tuples (hash lookups, grid untouched).
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            count += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for cell in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    ny, nx = cell
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and cell not in seen:
                        seen.add(cell)
                        stack.append(cell)
    return count
