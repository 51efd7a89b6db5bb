from hypothesis import strategies as st


def args_strategy():
    # A tiny alphabet and short words: anagram classes, repeated letters and repeated words are all common.
    word = st.text(alphabet="abc", max_size=4)
    return st.lists(word, max_size=12).map(lambda strs: [strs])


def invariants(args, got):
    (strs,) = args
    assert isinstance(got, list), f"expected a list of groups, got {got!r}"
    assert sum(len(g) for g in got) == len(strs), "the groups hold a different number of words than the input"
    keys = [tuple(sorted(g[0])) for g in got if g]
    assert len(keys) == len(set(keys)), "two groups hold anagrams of each other"
