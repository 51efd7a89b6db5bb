def min_eating_speed(piles: list[int], h: int) -> int:
    """Return the smallest integer speed k (bananas per hour) that finishes every pile within h hours."""
    raise NotImplementedError
