from collections import Counter

from hypothesis import strategies as st


@st.composite
def _case(draw, min_distinct=1, max_distinct=8, max_count=6):
    values = draw(st.lists(st.integers(-20, 20), min_size=min_distinct, max_size=max_distinct, unique=True))
    counts = draw(st.lists(st.integers(1, max_count), min_size=len(values), max_size=len(values)))
    ranked = sorted(counts, reverse=True)
    # k is valid when the k-th highest count is strictly above the (k+1)-th.
    valid = [k for k in range(1, len(values) + 1) if k == len(values) or ranked[k - 1] > ranked[k]]
    k = draw(st.sampled_from(valid))
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    nums = draw(st.permutations(nums))
    return [list(nums), k]


def args_strategy():
    # The few-distinct shape makes counts exceed the number of distinct values,
    # with several values tied near the top (bucket-sizing and ordering bugs).
    return st.one_of(_case(min_distinct=2, max_distinct=4, max_count=9), _case())


def invariants(args, got):
    nums, k = args
    counts = Counter(nums)
    assert isinstance(got, list) and len(got) == k, f"expected {k} values, got {got!r}"
    assert len(set(got)) == k, f"values repeat: {got!r}"
    assert all(x in counts for x in got), f"a value not in nums: {got!r}"
    chosen = set(got)
    rest = [c for x, c in counts.items() if x not in chosen]
    if rest:
        assert min(counts[x] for x in got) > max(rest), (
            f"a left-out value occurs at least as often as a chosen one: {got!r}")
