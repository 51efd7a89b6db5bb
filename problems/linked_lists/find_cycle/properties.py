from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(0, 9))
    nxt = draw(st.lists(st.integers(-1, n - 1), min_size=n, max_size=n)) if n else []
    head = draw(st.integers(-1, n - 1))
    return [nxt, head]


def args_strategy():
    return _case()


def _walk(nxt, head):
    seen, node = [], head
    while node != -1 and node not in seen:
        seen.append(node)
        node = nxt[node]
    return seen, node


def invariants(args, got):
    nxt, head = args
    assert isinstance(got, int) and not isinstance(got, bool), f"expected a node index or -1, got {got!r}"
    walk, end = _walk(nxt, head)
    if end == -1:
        assert got == -1, f"the list from {head} ends without a cycle, got {got}"
    else:
        assert got in walk, f"node {got} is not on the list from head {head}"
