from hypothesis import strategies as st


@st.composite
def _case(draw):
    gaps = draw(st.lists(st.tuples(st.integers(1, 3), st.integers(0, 3)), max_size=8))
    intervals, x = [], draw(st.integers(0, 2))
    for gap, length in gaps:
        intervals.append([x, x + length])
        x += length + gap
    s = draw(st.integers(0, x + 2))
    return [intervals, [s, s + draw(st.integers(0, 6))]]


def args_strategy():
    return _case()


def invariants(args, got):
    intervals, new = args
    assert isinstance(got, list), f"expected a list of intervals, got {got!r}"
    for a, b in zip(got, got[1:]):
        assert a[1] < b[0], f"{a} and {b} overlap or are out of order"
    for s, e in intervals + [new]:
        assert any(a <= s and e <= b for a, b in got), f"[{s}, {e}] is not covered by the result"
