# Simulates minutes by scanning the grid and rotting neighbours in place, so an orange rotted this minute spreads further in the same minute.
def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    minutes = 0
    while True:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                            grid[nr][nc] = 2
                            changed = True
        if not changed:
            break
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes
