def lowest_common_ancestor(parent, p, q):
    """Mark p and its ancestors, then climb from q to the first marked node: O(depth) time and space."""
    seen = set()
    while p != -1:
        seen.add(p)
        p = parent[p]
    while q not in seen:
        q = parent[q]
    return q
