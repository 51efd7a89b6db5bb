def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    """Return the k points closest to the origin, in any order."""
    raise NotImplementedError
