# Pre-order DFS carrying the depth, appending each value to its level's list (at most 300 levels, so recursion is safe): O(n) time, O(n) space.
def level_order(root):
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node[0])
        visit(node[1], depth + 1)
        visit(node[2], depth + 1)

    visit(root, 0)
    return levels
