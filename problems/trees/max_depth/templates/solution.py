def max_depth(parent: list[int]) -> int:
    """Return the number of nodes on the longest root-to-leaf path (0 for an empty tree)."""
    raise NotImplementedError
