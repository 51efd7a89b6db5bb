def rob(nums: list[int]) -> int:
    """Return the largest sum of non-adjacent values of nums."""
    raise NotImplementedError
