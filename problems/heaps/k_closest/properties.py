from hypothesis import strategies as st


@st.composite
def _case(draw):
    coord = st.integers(-6, 6)
    points = draw(st.lists(st.lists(coord, min_size=2, max_size=2), min_size=1, max_size=30))
    k = draw(st.integers(1, len(points)))
    return [points, k]


def args_strategy():
    return _case()


def invariants(args, got):
    points, k = args
    assert isinstance(got, list) and len(got) == k, f"expected {k} points, got {got!r}"
    pool = [tuple(p) for p in points]
    for p in got:
        assert tuple(p) in pool, f"{p} is not one of the remaining points"
        pool.remove(tuple(p))
    worst_kept = max(x * x + y * y for x, y in got)
    best_left = min((x * x + y * y for x, y in pool), default=None)
    assert best_left is None or worst_kept <= best_left, (
        f"a point at squared distance {worst_kept} was kept while one at {best_left} was left out")
