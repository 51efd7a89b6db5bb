from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(1, 8))
    node = st.integers(1, n)
    edge = st.tuples(node, node, st.integers(0, 20)).map(list)
    times = draw(st.lists(edge, max_size=20))
    k = draw(node)
    return [times, n, k]


def args_strategy():
    return _case()


def _bellman_ford(times, n, k):
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    return dist[1:]


def invariants(args, got):
    times, n, k = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    dist = _bellman_ford(times, n, k)
    unreachable = [i + 1 for i, d in enumerate(dist) if d == float("inf")]
    if unreachable:
        assert got == -1, f"node {unreachable[0]} is unreachable from {k}, so the answer is -1, not {got}"
    else:
        assert got != -1, "every node is reachable, but -1 was returned"
        assert got == max(dist), f"the farthest node is {max(dist)} away, not {got}"
