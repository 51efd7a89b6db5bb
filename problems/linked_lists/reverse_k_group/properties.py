from collections import Counter

from hypothesis import strategies as st


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-5, 5), max_size=14))  # small values: many repeats
    k = draw(st.integers(1, max(1, len(values))))
    return [values, k]


def args_strategy():
    return _case()


def invariants(args, got):
    values, k = args
    assert isinstance(got, list), f"expected a list, got {got!r}"
    assert Counter(got) == Counter(values), "the result does not hold exactly the input's values"
    n = len(values)
    tail = n - n % k
    assert got[tail:] == values[tail:], f"the last {n - tail} values (a group shorter than k) must stay in order"
