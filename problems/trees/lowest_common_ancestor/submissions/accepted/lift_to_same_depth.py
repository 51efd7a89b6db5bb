# Computes both depths, lifts the deeper node to the other's depth, then lifts both until they meet: O(depth) time, O(1) space.
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
    while p != q:
        p, q = parent[p], parent[q]
    return p
