from hypothesis import strategies as st


@st.composite
def _case(draw):
    if draw(st.booleans()):
        # small, half-land grids (3 or 4 rows and columns): many islands end one row and start the next
        rows = draw(st.integers(3, 4))
        cols = draw(st.integers(3, 4))
        p = 0.5
    else:
        rows = draw(st.integers(0, 7))
        if rows == 0:
            return [[]]
        cols = draw(st.integers(0, 7))
        p = draw(st.sampled_from([0.2, 0.5, 0.8]))
    cells = draw(st.lists(st.floats(0, 1), min_size=rows * cols, max_size=rows * cols))
    grid = [["1" if cells[r * cols + c] < p else "0" for c in range(cols)] for r in range(rows)]
    return [grid]


def args_strategy():
    return _case()


def _components(grid):
    """Independent count: label cells with a union-find over row-major indices."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    parent = {}

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
                for nb in ((r - 1, c), (r, c - 1)):
                    if nb in parent:
                        parent[find(nb)] = find((r, c))
    return len({find(i) for i in parent}), len(parent)


def invariants(args, got):
    (grid,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    islands, land = _components(grid)
    assert 0 <= got <= land, f"{got} islands but only {land} land cells"
    assert (got == 0) == (land == 0), f"{got} islands for a grid with {land} land cells"
    assert got == islands, f"the grid has {islands} 4-connected islands, not {got}"
