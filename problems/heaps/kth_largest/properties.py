from hypothesis import strategies as st


@st.composite
def _case(draw):
    nums = draw(st.one_of(
        st.lists(st.integers(-50, 50), min_size=1, max_size=40),            # many duplicates
        st.lists(st.integers(-10 ** 5, 10 ** 5), min_size=1, max_size=40),  # the full value range
    ))
    k = draw(st.integers(1, len(nums)))
    return [nums, k]


def args_strategy():
    return _case()


def invariants(args, got):
    nums, k = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert got in nums, f"{got} is not a value of nums"
    greater = sum(1 for x in nums if x > got)
    at_least = sum(1 for x in nums if x >= got)
    assert greater < k <= at_least, (
        f"{got} has {greater} values above it and {at_least} at or above it; "
        f"the {k}-th largest needs fewer than {k} above and at least {k} at or above")
