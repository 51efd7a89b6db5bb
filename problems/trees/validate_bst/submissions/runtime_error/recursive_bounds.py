# Recursive (low, high) bounds check, the textbook solution: right answers, but a path deeper than the recursion limit raises RecursionError.
def is_valid_bst(values, left, right):
    def ok(node, low, high):
        if node == -1:
            return True
        v = values[node]
        return low < v < high and ok(left[node], low, v) and ok(right[node], v, high)

    return ok(0 if values else -1, float("-inf"), float("inf"))
