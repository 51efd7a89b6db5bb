def level_order(root: list | None) -> list[list[int]]:
    """Return the node values level by level, each level from left to right.

    A tree is None (empty) or a list [value, left, right] whose children are trees.
    """
    raise NotImplementedError
