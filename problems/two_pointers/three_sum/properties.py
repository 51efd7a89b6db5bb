from hypothesis import strategies as st


def args_strategy():
    return st.lists(st.integers(-8, 8), min_size=3, max_size=12).map(lambda nums: [nums])


def invariants(args, got):
    (nums,) = args
    assert isinstance(got, list), f"not a list: {got!r}"
    keys = []
    for t in got:
        assert isinstance(t, list) and len(t) == 3 and sum(t) == 0, f"{t!r} is not a triplet summing to 0"
        keys.append(tuple(sorted(t)))
    assert len(keys) == len(set(keys)), "a triplet appears twice"
    if nums.count(0) >= 3:
        assert (0, 0, 0) in keys, "three zeros make the triplet [0, 0, 0]"
