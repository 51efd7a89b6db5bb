# BFS with collections.deque, one level per round (len(queue) nodes): O(n) time, O(width) extra space.
from collections import deque


def level_order(root):
    if root is None:
        return []
    out = []
    queue = deque([root])
    while queue:
        level = []
        for _ in range(len(queue)):
            value, left, right = queue.popleft()
            level.append(value)
            if left is not None:
                queue.append(left)
            if right is not None:
                queue.append(right)
        out.append(level)
    return out
