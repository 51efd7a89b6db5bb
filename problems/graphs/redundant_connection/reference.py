def redundant_connection(edges):
    """Union-find with path halving and union by size: the first edge whose endpoints
    are already connected closes the only cycle, and it is the cycle's last edge in
    the input. O(n α(n)) time, O(n) space."""
    n = len(edges)
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            return [u, v]
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
    return []
