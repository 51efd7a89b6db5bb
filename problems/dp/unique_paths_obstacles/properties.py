import math

from hypothesis import strategies as st


@st.composite
def _grid(draw):
    side = st.one_of(st.just(1), st.integers(1, 6))  # thin grids (one row or column) are their own edge
    rows = draw(side)
    cols = draw(side)
    cell = st.sampled_from([0, 1, 0])
    return [draw(st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows))]


def args_strategy():
    return _grid()


def invariants(args, got):
    (grid,) = args
    rows, cols = len(grid), len(grid[0])
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    if grid[0][0] or grid[-1][-1]:
        assert got == 0, f"the {'start' if grid[0][0] else 'goal'} is blocked, so there are 0 paths, not {got}"
    most = math.comb(rows + cols - 2, rows - 1)
    assert 0 <= got <= most, f"{got} is outside [0, {most}] (the count without obstacles)"
    if not any(map(any, grid)):
        assert got == most, f"an open {rows}x{cols} grid has {most} paths, not {got}"
