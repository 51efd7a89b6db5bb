# Builds child lists, then a level-by-level BFS from the root with a deque: O(n) time, O(n) space.
from collections import deque


def max_depth(parent):
    children = [[] for _ in parent]
    root = -1
    for child, p in enumerate(parent):
        if p == -1:
            root = child
        else:
            children[p].append(child)
    if root == -1:
        return 0
    depth = 0
    level = deque([root])
    while level:
        depth += 1
        for _ in range(len(level)):
            node = level.popleft()
            level.extend(children[node])
    return depth
