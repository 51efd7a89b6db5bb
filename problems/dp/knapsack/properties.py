from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(0, 8))
    weights = draw(st.lists(st.integers(1, 8), min_size=n, max_size=n))
    values = draw(st.lists(st.integers(0, 12), min_size=n, max_size=n))
    capacity = draw(st.integers(0, 24))
    return [weights, values, capacity]


def args_strategy():
    return _case()


def invariants(args, got):
    weights, values, capacity = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert 0 <= got <= sum(values), f"{got} is outside [0, {sum(values)}] (the value of all items)"
    alone = max((v for w, v in zip(weights, values) if w <= capacity), default=0)
    assert got >= alone, f"the single item worth {alone} fits on its own, but the answer is {got}"
    if sum(weights) <= capacity:
        assert got == sum(values), f"every item fits, so the answer is {sum(values)}, not {got}"
