from collections import Counter

from hypothesis import strategies as st

_value = st.one_of(st.integers(-5, 5), st.sampled_from([-10**9, 10**9]), st.integers(-10**9, 10**9))


@st.composite
def _case(draw):
    values = draw(st.lists(_value, max_size=30))
    k = draw(st.integers(0, len(values) + 2))
    return [values, k]


def args_strategy():
    return _case()


def invariants(args, got):
    values, k = args
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    assert len(got) == min(k, len(values)), f"{len(got)} values returned, expected min(k, n) = {min(k, len(values))}"
    assert got == sorted(got, reverse=True), "the values are not in descending order"
    assert not Counter(got) - Counter(values), "some returned value is not in the stream (as often)"
    if got and len(got) < len(values):
        rest = Counter(values) - Counter(got)
        assert max(rest) <= got[-1], f"{max(rest)} was left out but {got[-1]} was kept"
