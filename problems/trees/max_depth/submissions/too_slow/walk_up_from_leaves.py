# Walks from every leaf all the way up to the root, no memo: correct, but O(leaves * depth), O(n^2) on a broom, against O(n).
def max_depth(parent):
    is_parent = [False] * len(parent)
    for p in parent:
        if p != -1:
            is_parent[p] = True
    best = 0
    for leaf in range(len(parent)):
        if is_parent[leaf]:
            continue
        d, j = 0, leaf
        while j != -1:
            j = parent[j]
            d += 1
        best = max(best, d)
    return best
