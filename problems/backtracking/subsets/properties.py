from hypothesis import strategies as st


def args_strategy():
    return st.lists(st.integers(-20, 20), max_size=7, unique=True).map(lambda nums: [nums])


def invariants(args, got):
    (nums,) = args
    assert isinstance(got, list), f"not a list: {got!r}"
    assert len(got) == 2 ** len(nums), f"{len(got)} subsets, expected 2^{len(nums)} = {2 ** len(nums)}"
    assert [] in got, "the empty subset is missing"
    assert any(sorted(s) == sorted(nums) for s in got if isinstance(s, list)), "nums itself is missing"
