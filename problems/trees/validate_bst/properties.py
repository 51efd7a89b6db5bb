from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(0, 14))
    links = [[-1, -1] for _ in range(n)]
    for b in range(1, n):  # hang node b in a free child slot of an earlier node
        free = [(a, s) for a in range(b) for s in (0, 1) if links[a][s] == -1]
        a, s = draw(st.sampled_from(free))
        links[a][s] = b
    # In-order positions, iteratively, so the values can make a valid BST.
    order, stack, cur = [], [], 0 if n else -1
    while stack or cur != -1:
        while cur != -1:
            stack.append(cur)
            cur = links[cur][0]
        cur = stack.pop()
        order.append(cur)
        cur = links[cur][1]
    mode = draw(st.sampled_from(["valid", "one_changed", "ancestor_broken", "ancestor_broken", "random"]))
    if mode == "random":
        keys = draw(st.lists(st.integers(-6, 6), min_size=n, max_size=n))
    else:
        keys = [0] * n
        for rank, b in enumerate(order):
            keys[b] = 2 * rank
        if mode == "one_changed" and n:
            keys[draw(st.integers(0, n - 1))] = draw(st.integers(-2, 2 * n))
        if mode == "ancestor_broken":
            # A node that respects its parent but crosses a bound set by a higher ancestor.
            cands, todo = [], [(0, None, None, None)] if n else []
            while todo:
                b, low, high, side = todo.pop()
                if side == 0 and low is not None:
                    cands.append((b, low, -1))  # a left child moved down to (or past) its lower bound
                if side == 1 and high is not None:
                    cands.append((b, high, 1))  # a right child moved up to (or past) its upper bound
                for s_, c in ((0, links[b][0]), (1, links[b][1])):
                    if c != -1:
                        todo.append((c, low if s_ == 0 else keys[b], keys[b] if s_ == 0 else high, s_))
            if cands:
                b, bound, away = draw(st.sampled_from(cands))
                keys[b] = bound + away * draw(st.integers(0, 1))  # still on the right side of its parent
    perm = [0] + draw(st.permutations(list(range(1, n)))) if n else []
    values, left, right = [0] * n, [-1] * n, [-1] * n
    for b in range(n):
        values[perm[b]] = keys[b]
        left[perm[b]] = perm[links[b][0]] if links[b][0] != -1 else -1
        right[perm[b]] = perm[links[b][1]] if links[b][1] != -1 else -1
    return [values, left, right]


def args_strategy():
    return _case()


def invariants(args, got):
    assert isinstance(got, bool), f"expected True or False, got {got!r}"
