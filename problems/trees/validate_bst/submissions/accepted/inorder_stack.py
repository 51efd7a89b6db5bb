# Iterative in-order walk with an explicit stack, checking the values strictly increase: O(n) time, O(depth) space.
def is_valid_bst(values, left, right):
    stack, node, prev = [], 0 if values else -1, None
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
