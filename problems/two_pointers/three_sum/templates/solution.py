def three_sum(nums: list[int]) -> list[list[int]]:
    """Return every distinct triplet of values from three different positions of nums that sums to 0."""
    raise NotImplementedError
