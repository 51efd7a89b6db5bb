from hypothesis import strategies as st

_FRACTIONS = st.sampled_from([0.0, 0.1, 0.2, 0.25, 0.3, 1 / 3, 0.5, 0.75, 0.9, 1.0])


def args_strategy():
    rows = st.one_of(st.lists(st.integers(0, 6), max_size=16), st.lists(st.sampled_from("abcdef"), max_size=16))
    return st.tuples(rows, _FRACTIONS).map(list)


def invariants(args, got):
    groups, fraction = args
    assert isinstance(got, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in got), \
        f"expected a list of row indices, got {got!r}"
    assert got == sorted(set(got)), f"indices are not sorted and distinct: {got!r}"
    assert all(0 <= i < len(groups) for i in got), f"index out of range in {got!r}"
    test = set(got)
    test_groups = {groups[i] for i in test}
    leaked = [g for i, g in enumerate(groups) if i not in test and g in test_groups]
    assert not leaked, f"group {leaked[0]!r} is in both the test and the train set"
    assert len(got) <= round(fraction * len(groups)), f"{len(got)} test rows, more than the target"
