# BFS with a plain list as the queue and list.pop(0): correct, but each pop shifts the whole queue, O(n * width) = O(n^2) on a wide tree, against O(n).
def level_order(root):
    if root is None:
        return []
    out = []
    queue = [(root, 0)]
    while queue:
        node, depth = queue.pop(0)
        if depth == len(out):
            out.append([])
        out[depth].append(node[0])
        if node[1] is not None:
            queue.append((node[1], depth + 1))
        if node[2] is not None:
            queue.append((node[2], depth + 1))
    return out
