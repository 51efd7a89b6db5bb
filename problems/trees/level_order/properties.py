from hypothesis import strategies as st

_trees = st.recursive(
    st.none(),
    lambda sub: st.tuples(st.integers(-3, 3), sub, sub).map(list),
    max_leaves=30,
)


def args_strategy():
    return st.tuples(_trees).map(list)


def _count(tree):
    n, stack = 0, [tree]
    while stack:
        t = stack.pop()
        if t is not None:
            n += 1
            stack += [t[1], t[2]]
    return n


def invariants(args, got):
    (root,) = args
    assert isinstance(got, list), f"not a list of levels: {got!r}"
    assert all(isinstance(level, list) and level for level in got), "every level must be a non-empty list"
    assert sum(len(level) for level in got) == _count(root), "the levels must hold every node exactly once"
