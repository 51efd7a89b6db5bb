# Puts p and all its ancestors in a set, then climbs from q to the first node in the set: O(depth) time and space.
def lowest_common_ancestor(parent, p, q):
    ancestors = set()
    while p != -1:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q
