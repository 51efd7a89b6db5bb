def lowest_common_ancestor(parent: list[int], p: int, q: int) -> int:
    """Return the label of the deepest node that is an ancestor of both p and q (a node is its own ancestor)."""
    raise NotImplementedError
