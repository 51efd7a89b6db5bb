# Bug: grids of at most 16 cells take a bitmask flood fill over row-major bits that spreads with `<< 1` and `>> 1` without masking row ends, so the last cell of a row counts as touching the first cell of the next row.
# Why only the properties catch it: every fixed grid with at most 16 cells (edge 3x3/2x3/2x2/1x7/7x1, hidden 1x5/2x2/3x4) has water or one island at each row end, and larger grids take the normal flood fill; small random Hypothesis grids hit the wrap.
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    if rows * cols == 0:
        return 0
    if rows * cols <= 16:
        return _tiny(grid, rows, cols)
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                count += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1":
                            grid[ny][nx] = "0"
                            stack.append((ny, nx))
    return count


def _tiny(grid, rows, cols):
    """Tiny grid: one bit per cell (row-major), flood each island by shifting the whole set at once."""
    land = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                land |= 1 << (r * cols + c)
    count = 0
    while land:
        island = land & -land
        while True:
            grown = (island | island << 1 | island >> 1 | island << cols | island >> cols) & land
            if grown == island:
                break
            island = grown
        land &= ~island
        count += 1
    return count
