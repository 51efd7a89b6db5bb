def max_depth(parent):
    """Walk up from each node to the first node of known depth, then fill the path in: O(n) time, O(n) space."""
    n = len(parent)
    depth = [0] * n  # 0 = not known yet; every real depth is >= 1
    best = 0
    for i in range(n):
        path = []
        j = i
        while j != -1 and depth[j] == 0:
            path.append(j)
            j = parent[j]
        d = 0 if j == -1 else depth[j]
        for k in reversed(path):
            d += 1
            depth[k] = d
        if depth[i] > best:
            best = depth[i]
    return best
