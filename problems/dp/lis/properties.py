from bisect import bisect_right
from hypothesis import strategies as st


def args_strategy():
    # Small value ranges produce many duplicates, the interesting case for "strictly".
    values = st.one_of(st.integers(-5, 5), st.integers(-10_000, 10_000))
    # Short lists over two or three values: every order of a few repeated values
    # (e.g. [1, 0, 1]) comes up, which wide ranges and long lists rarely show.
    tiny = st.lists(st.integers(0, 2), min_size=2, max_size=8)
    return st.one_of(st.lists(values, max_size=40), tiny).map(lambda nums: [nums])


def _longest_non_increasing(nums):
    tails = []  # tails of non-decreasing subsequences of the negated values
    for x in nums:
        k = bisect_right(tails, -x)
        tails[k:k + 1] = [-x]
    return len(tails)


def invariants(args, got):
    (nums,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert 0 <= got <= len(set(nums)), f"length {got} outside 0..{len(set(nums))} (distinct values)"
    if not nums:
        return
    # A greedy "take every new maximum" chain is increasing, so it bounds the answer from below.
    chain, top = 0, None
    for x in nums:
        if top is None or x > top:
            chain, top = chain + 1, x
    assert got >= chain, f"length {got} is shorter than the increasing chain of running maxima ({chain})"
    # Erdos-Szekeres: longest increasing * longest non-increasing >= n.
    down = _longest_non_increasing(nums)
    assert got * down >= len(nums), f"{got} * {down} < {len(nums)} contradicts Erdos-Szekeres"
