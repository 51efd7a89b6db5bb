def oranges_rotting(grid: list[list[int]]) -> int:
    """Return the minutes until no fresh orange is left, or -1 if some never rots."""
    raise NotImplementedError
