from hypothesis import strategies as st


@st.composite
def _case(draw):
    nums = sorted(draw(st.lists(st.integers(-20, 20), max_size=20, unique=True)))
    choices = [st.integers(-22, 22)] + ([st.sampled_from(nums), st.sampled_from([nums[0], nums[-1]])] if nums else [])
    target = draw(st.one_of(*choices))  # present values and both ends come up often
    return [nums, target]


def args_strategy():
    return _case()


def invariants(args, got):
    nums, target = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an index: {got!r}"
    assert 0 <= got <= len(nums), f"index {got} out of range 0..{len(nums)}"
    assert all(x < target for x in nums[:got]), f"nums[:{got}] holds a value >= {target}"
    assert all(x >= target for x in nums[got:]), f"nums[{got}:] holds a value < {target}"
