# Guards the empty tree with a bare `return`, so it returns None instead of the empty list [].
from collections import deque


def level_order(root):
    if not root:
        return
    out = []
    queue = deque([root])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node[0])
            queue.extend(child for child in node[1:] if child is not None)
        out.append(level)
    return out
