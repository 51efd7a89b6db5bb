# Starts the running maximum at 1 ("every tree has a root"), so the empty tree gets depth 1 instead of 0.
def max_depth(parent):
    depth = [0] * len(parent)
    best = 1
    for i in range(len(parent)):
        path = []
        j = i
        while j != -1 and depth[j] == 0:
            path.append(j)
            j = parent[j]
        d = 0 if j == -1 else depth[j]
        for k in reversed(path):
            d += 1
            depth[k] = d
        best = max(best, depth[i])
    return best
