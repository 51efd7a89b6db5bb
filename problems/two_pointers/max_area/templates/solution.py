def max_area(height: list[int]) -> int:
    """Return the max over i < j of (j - i) * min(height[i], height[j]); 0 for fewer than two lines."""
    raise NotImplementedError
