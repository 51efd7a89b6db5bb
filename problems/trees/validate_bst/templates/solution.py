def is_valid_bst(values: list[int], left: list[int], right: list[int]) -> bool:
    """Return True when the tree rooted at node 0 is a binary search tree with distinct keys."""
    raise NotImplementedError
