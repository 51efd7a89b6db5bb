from hypothesis import strategies as st


@st.composite
def _grid(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cell = st.sampled_from([0, 1, 1, 1, 2])
    return [[draw(st.lists(cell, min_size=cols, max_size=cols)) for _ in range(rows)]]


def args_strategy():
    return _grid().map(lambda g: [g[0]])


def _simulate(grid):
    grid = [row[:] for row in grid]
    rows, cols = len(grid), len(grid[0])
    minutes = 0
    while True:
        rot = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1 and any(
            0 <= r + dr < rows and 0 <= c + dc < cols and grid[r + dr][c + dc] == 2
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))]
        if not rot:
            return -1 if any(1 in row for row in grid) else minutes
        for r, c in rot:
            grid[r][c] = 2
        minutes += 1


def invariants(args, got):
    (grid,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    want = _simulate(grid)
    assert got == want, (f"simulating minute by minute gives {want}, not {got}"
                         if want != -1 else f"some fresh orange never rots, so the answer is -1, not {got}")
