from hypothesis import strategies as st


def args_strategy():
    jump = st.one_of(st.integers(0, 3), st.integers(0, 10))
    return st.lists(jump, min_size=1, max_size=30).map(lambda nums: [nums])


def invariants(args, got):
    (nums,) = args
    assert isinstance(got, bool), f"expected True or False, got {got!r}"
    seen = {0}
    stack = [0]
    while stack:
        i = stack.pop()
        for j in range(i + 1, min(len(nums), i + nums[i] + 1)):
            if j not in seen:
                seen.add(j)
                stack.append(j)
    want = len(nums) - 1 in seen
    assert got == want, f"the last index is {'reachable' if want else 'unreachable'}, but got {got}"
