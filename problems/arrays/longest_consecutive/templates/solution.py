def longest_consecutive(nums: list[int]) -> int:
    """Return the length of the longest run of consecutive integers among the values of nums."""
    raise NotImplementedError
