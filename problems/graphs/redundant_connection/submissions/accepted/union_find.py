# Union-find with full path compression (iterative) and union by rank; the first edge inside one component is the answer: O(n α(n)).
def redundant_connection(edges):
    parent = {}
    rank = {}

    def find(x):
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            return [u, v]
        if rank.get(ru, 0) < rank.get(rv, 0):
            ru, rv = rv, ru
        parent[rv] = ru
        if rank.get(ru, 0) == rank.get(rv, 0):
            rank[ru] = rank.get(ru, 0) + 1
    return []
