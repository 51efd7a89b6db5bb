# DFS with an explicit stack of (node, low, high) bounds inherited from the ancestors: O(n) time, O(n) space.
from math import inf


def is_valid_bst(values, left, right):
    if not values:
        return True
    stack = [(0, -inf, inf)]
    while stack:
        node, low, high = stack.pop()
        v = values[node]
        if not low < v < high:
            return False
        if left[node] != -1:
            stack.append((left[node], low, v))
        if right[node] != -1:
            stack.append((right[node], v, high))
    return True
