# Iterative DFS with a stack that pushes left then right, so the right subtree is visited first and every level comes out right to left.
def level_order(root):
    out = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(out):
            out.append([])
        out[depth].append(node[0])
        for child in (node[1], node[2]):
            if child is not None:
                stack.append((child, depth + 1))
    return out
