# Lifts to the same depth, then climbs while the parents differ and returns the parent: wrong when, after lifting, p and q are already the same node (p == q, or one is the other's ancestor).
def lowest_common_ancestor(parent, p, q):
    def depth(v):
        d = 0
        while v != -1:
            v = parent[v]
            d += 1
        return d

    dp, dq = depth(p), depth(q)
    while dp > dq:
        p, dp = parent[p], dp - 1
    while dq > dp:
        q, dq = parent[q], dq - 1
    while parent[p] != parent[q]:
        p, q = parent[p], parent[q]
    return parent[p]
