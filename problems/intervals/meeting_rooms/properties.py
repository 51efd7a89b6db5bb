from hypothesis import strategies as st


@st.composite
def _meeting(draw):
    s = draw(st.integers(0, 12))
    return [s, s + draw(st.integers(1, 5))]


def args_strategy():
    return st.lists(_meeting(), max_size=10).map(lambda xs: [xs])


def invariants(args, got):
    (xs,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"expected an int, got {got!r}"
    assert 0 <= got <= len(xs), f"{got} rooms for {len(xs)} meetings"
    # At least the number of meetings running at some start time.
    need = max((sum(s <= t < e for s, e in xs) for t, _ in xs), default=0)
    assert got >= need, f"{need} meetings run at the same time, {got} rooms are too few"
