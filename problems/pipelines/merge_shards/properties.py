from collections import Counter

from hypothesis import strategies as st

_value = st.one_of(st.integers(-5, 5), st.sampled_from([-10**9, 10**9]), st.integers(-10**9, 10**9))


def args_strategy():
    return st.lists(st.lists(_value, max_size=6).map(sorted), max_size=6).map(lambda shards: [shards])


def invariants(args, got):
    (shards,) = args
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    assert all(a <= b for a, b in zip(got, got[1:])), "the output is not sorted"
    assert Counter(got) == Counter(v for s in shards for v in s), "the output is not exactly the values of the shards"
