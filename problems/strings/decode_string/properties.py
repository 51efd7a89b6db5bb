from hypothesis import strategies as st

_LETTERS = st.text(alphabet="abc", min_size=1, max_size=3)


def _group(children):
    return st.tuples(st.integers(1, 12), st.lists(children, max_size=3)).map(
        lambda t: f"{t[0]}[{''.join(t[1])}]")


def args_strategy():
    node = st.recursive(_LETTERS, _group, max_leaves=8)
    return st.lists(node, max_size=4).map(lambda parts: ["".join(parts)])


def invariants(args, got):
    (s,) = args
    assert isinstance(got, str), f"expected a string, got {got!r}"
    assert got.isalpha() or got == "", f"the output still holds digits or brackets: {got[:40]!r}"
    assert set(got) <= set(s), "the output holds a letter that is not in the input"
