# In-order walk that only rejects a value smaller than the previous one, so equal keys (duplicates) pass as valid.
def is_valid_bst(values, left, right):
    stack, node, prev = [], 0 if values else -1, None
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        if prev is not None and values[node] < prev:
            return False
        prev = values[node]
        node = right[node]
    return True
