# Flood fill that only moves right and down, so land reached by going up or left is counted as another island.
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                count += 1
                stack = [(r, c)]
                grid[r][c] = "0"
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y, x + 1)):
                        if ny < rows and nx < cols and grid[ny][nx] == "1":
                            grid[ny][nx] = "0"
                            stack.append((ny, nx))
    return count
