def num_islands(grid: list[list[str]]) -> int:
    """Return the number of 4-connected groups of "1" cells in grid."""
    raise NotImplementedError
