def two_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j] with nums[i] + nums[j] == target and i != j."""
    raise NotImplementedError
