# For every node, scans its whole left subtree for the maximum and its whole right subtree for the minimum: correct, but O(n * depth), O(n^2) on a deep tree, against O(n).
def is_valid_bst(values, left, right):
    def extreme(start, pick):
        best, stack = None, [start]
        while stack:
            node = stack.pop()
            best = values[node] if best is None else pick(best, values[node])
            for child in (left[node], right[node]):
                if child != -1:
                    stack.append(child)
        return best

    todo = [0] if values else []
    while todo:
        node = todo.pop()
        if left[node] != -1:
            if extreme(left[node], max) >= values[node]:
                return False
            todo.append(left[node])
        if right[node] != -1:
            if extreme(right[node], min) <= values[node]:
                return False
            todo.append(right[node])
    return True
