from hypothesis import strategies as st


@st.composite
def _nums(draw):
    base = draw(st.lists(st.integers(-3, 3), max_size=12))
    # Often repeat the values later in the list, in another order: repeats are where
    # run-merging bookkeeping goes wrong.
    repeats = draw(st.permutations(base)) if draw(st.integers(0, 3)) else []
    return [base + repeats]


def args_strategy():
    return _nums()


def invariants(args, got):
    (nums,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    values = set(nums)
    assert 0 <= got <= len(values), f"{got} is longer than the {len(values)} distinct values"
    if got:
        assert any(all(x + d in values for d in range(got)) for x in values), f"no run of length {got} exists"
