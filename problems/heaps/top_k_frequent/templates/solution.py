def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the k most frequent distinct values of nums, in any order."""
    raise NotImplementedError
