def level_order(root):
    """Level-by-level BFS: the next level is built from the current one: O(n) time, O(width) extra space."""
    out = []
    level = [root] if root is not None else []
    while level:
        out.append([node[0] for node in level])
        level = [child for node in level for child in (node[1], node[2]) if child is not None]
    return out
