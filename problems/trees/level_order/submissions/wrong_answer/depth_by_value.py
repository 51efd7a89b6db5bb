# Remembers each node's depth in a dict keyed by the node's value: wrong when equal values sit at different depths, since a later node overwrites an earlier one's depth.
from collections import deque


def level_order(root):
    if root is None:
        return []
    depth = {root[0]: 0}
    out = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        d = depth[node[0]]
        if d == len(out):
            out.append([])
        out[d].append(node[0])
        for child in (node[1], node[2]):
            if child is not None:
                depth[child[0]] = d + 1
                queue.append(child)
    return out
