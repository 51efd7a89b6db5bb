def kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest value in nums, counting duplicates."""
    raise NotImplementedError
