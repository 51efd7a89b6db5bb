from hypothesis import strategies as st


@st.composite
def _case(draw):
    a = sorted(draw(st.lists(st.integers(-8, 8), max_size=12)))
    b = sorted(draw(st.lists(st.integers(-8, 8), min_size=0 if a else 1, max_size=12)))
    return [a, b]


def args_strategy():
    return _case()


def invariants(args, got):
    assert isinstance(got, (int, float)) and not isinstance(got, bool), f"not a number: {got!r}"
    merged = sorted(args[0] + args[1])
    k = len(merged)
    want = merged[k // 2] if k % 2 else (merged[k // 2 - 1] + merged[k // 2]) / 2
    assert abs(got - want) <= 1e-9 * max(1, abs(want)), f"the median is {want}, not {got}"
