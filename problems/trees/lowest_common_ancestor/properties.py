from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(1, 25))
    order = draw(st.permutations(list(range(n))))  # arbitrary labels: a parent may have a larger label
    parent = [-1] * n
    for k in range(1, n):
        # Half the time hang under the previous node (deep, path-like trees), else under any earlier one.
        parent[order[k]] = order[k - 1] if draw(st.booleans()) else order[draw(st.integers(0, k - 1))]
    p = draw(st.integers(0, n - 1))
    q = draw(st.one_of(st.integers(0, n - 1), st.just(p)))
    return [parent, p, q]


def args_strategy():
    return _case()


def _ancestors(parent, v):
    out = []
    while v != -1:
        out.append(v)
        v = parent[v]
    return out


def invariants(args, got):
    parent, p, q = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not a node label: {got!r}"
    assert got in _ancestors(parent, p), f"{got} is not an ancestor of p = {p}"
    assert got in _ancestors(parent, q), f"{got} is not an ancestor of q = {q}"
