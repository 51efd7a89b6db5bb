def group_split(groups: list, test_fraction: float) -> list[int]:
    """Return the sorted row indices of the test set: whole groups, greedily, in order of first appearance."""
    raise NotImplementedError
