# Walks up from each node only to the first node of known depth, then fills the path in: O(n) time, O(n) space.
def max_depth(parent):
    depth = [0] * len(parent)
    for i in range(len(parent)):
        stack = []
        j = i
        while j != -1 and not depth[j]:
            stack.append(j)
            j = parent[j]
        d = depth[j] if j != -1 else 0
        while stack:
            d += 1
            depth[stack.pop()] = d
    return max(depth, default=0)
