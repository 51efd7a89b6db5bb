# Top-down recursion height(v) = 1 + max over children: right answers, but a path deeper than the recursion limit raises RecursionError.
def max_depth(parent):
    children = [[] for _ in parent]
    root = None
    for v, p in enumerate(parent):
        if p == -1:
            root = v
        else:
            children[p].append(v)

    def height(v):
        return 1 + max((height(c) for c in children[v]), default=0)

    return 0 if root is None else height(root)
