from hypothesis import strategies as st


@st.composite
def _tree(draw):
    n = draw(st.integers(0, 25))
    order = draw(st.permutations(list(range(n))))  # arbitrary labels: a parent may have a larger label
    parent = [-1] * n
    for k in range(1, n):
        # Lean towards recent nodes so deep, path-like trees show up as well as bushy ones.
        back = draw(st.integers(1, k))
        parent[order[k]] = order[k - back] if draw(st.booleans()) else order[draw(st.integers(0, k - 1))]
    return [parent]


def args_strategy():
    return _tree()


def invariants(args, got):
    (parent,) = args
    n = len(parent)
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert (n == 0 and got == 0) or 1 <= got <= n, f"depth {got} is impossible for {n} nodes"
