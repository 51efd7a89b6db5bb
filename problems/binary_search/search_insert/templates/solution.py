def search_insert(nums: list[int], target: int) -> int:
    """Return the index of target in the sorted list nums, or the index where it would be inserted."""
    raise NotImplementedError
