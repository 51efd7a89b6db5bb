def subsets(nums: list[int]) -> list[list[int]]:
    """Return every subset of the distinct integers nums, in any order."""
    raise NotImplementedError
