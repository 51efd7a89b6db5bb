# Checks every node only against its own two children (left < node < right), never against the bounds of its ancestors.
def is_valid_bst(values, left, right):
    for node, v in enumerate(values):
        if left[node] != -1 and not values[left[node]] < v:
            return False
        if right[node] != -1 and not v < values[right[node]]:
            return False
    return True
