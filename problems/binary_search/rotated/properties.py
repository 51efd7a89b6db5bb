from hypothesis import strategies as st


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-50, 50), min_size=1, max_size=30, unique=True))
    if draw(st.booleans()):
        # The extreme values the constraints allow (a sentinel of +-10**9 collides with them).
        values += draw(st.sampled_from([[10 ** 9], [-10 ** 9], [-10 ** 9, 10 ** 9]]))
    values = sorted(values)
    k = draw(st.integers(0, len(values) - 1))
    nums = values[k:] + values[:k]
    target = draw(st.one_of(st.sampled_from(values), st.sampled_from([values[0], values[-1]]),
                            st.integers(-55, 55)))
    return [nums, target]


def args_strategy():
    return _case()


def invariants(args, got):
    nums, target = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an index: {got!r}"
    if got == -1:
        assert target not in nums, f"returned -1 but {target} is at index {nums.index(target)}"
    else:
        assert 0 <= got < len(nums), f"index {got} out of range for length {len(nums)}"
        assert nums[got] == target, f"nums[{got}] is {nums[got]}, not {target}"
