from hypothesis import strategies as st


@st.composite
def _interval(draw):
    s = draw(st.integers(0, 30))
    return [s, s + draw(st.integers(0, 6))]


def args_strategy():
    return st.lists(_interval(), max_size=12).map(lambda xs: [xs])


def invariants(args, got):
    (xs,) = args
    assert isinstance(got, list), f"expected a list of intervals, got {got!r}"
    for a, b in zip(got, got[1:]):
        assert a[1] < b[0], f"{a} and {b} overlap or are out of order"
    for s, e in xs:
        assert any(a <= s and e <= b for a, b in got), f"[{s}, {e}] is not covered by the result"
