from hypothesis import strategies as st


@st.composite
def _case(draw):
    piles = draw(st.lists(st.one_of(st.integers(1, 40), st.integers(30, 40)), min_size=1, max_size=8))
    n = len(piles)
    # Either any h, or a few whole hours per pile plus a little: the answer then sits near max / (h // n).
    h = draw(st.one_of(st.integers(n, n + 60), st.builds(lambda c, extra: c * n + extra, st.integers(1, 4), st.integers(0, n - 1))))
    return [piles, h]


def args_strategy():
    return _case()


def _hours(piles, k):
    return sum((p + k - 1) // k for p in piles)


def invariants(args, got):
    piles, h = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer speed: {got!r}"
    assert got >= 1, f"speed {got} is not positive"
    assert _hours(piles, got) <= h, f"at speed {got} Koko needs {_hours(piles, got)} hours > h = {h}"
    assert got == 1 or _hours(piles, got - 1) > h, f"speed {got - 1} already finishes within h = {h}"
