def is_valid_bst(values, left, right):
    """Iterative in-order walk with an explicit stack; the values must strictly increase: O(n) time, O(depth) space."""
    if not values:
        return True
    stack = []
    node = 0
    prev = None
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        if prev is not None and values[node] <= prev:
            return False
        prev = values[node]
        node = right[node]
    return True
