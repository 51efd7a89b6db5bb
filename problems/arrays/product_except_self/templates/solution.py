def product_except_self(nums: list[int]) -> list[int]:
    """Return answer with answer[i] == product of nums[j] for every j != i."""
    raise NotImplementedError
