def can_jump(nums: list[int]) -> bool:
    """Return True if the last index can be reached from index 0."""
    raise NotImplementedError
