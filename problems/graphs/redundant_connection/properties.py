from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(1, 8))
    labels = draw(st.permutations(list(range(1, n + 1))))
    tree = [[labels[draw(st.integers(0, i - 1))], labels[i]] for i in range(1, n)]
    extra = [draw(st.integers(1, n)), draw(st.integers(1, n))]
    edges = draw(st.permutations(tree + [extra]))
    flips = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return [[e[::-1] if f else list(e) for e, f in zip(edges, flips)]]


def args_strategy():
    return _case()


def _is_tree(edges, n):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            return False
        parent[ru] = rv
    return True


def invariants(args, got):
    (edges,) = args
    n = len(edges)
    assert isinstance(got, list) and len(got) == 2, f"not an edge [u, v]: {got!r}"
    assert got in edges, f"{got} is not one of the edges as written"
    i = len(edges) - 1 - edges[::-1].index(got)
    assert _is_tree(edges[:i] + edges[i + 1:], n), f"removing {got} does not leave a tree"
    for j in range(i + 1, n):
        rest = edges[:j] + edges[j + 1:]
        assert not _is_tree(rest, n), f"{edges[j]} also lies on the cycle and appears later than {got}"
