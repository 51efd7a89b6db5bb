def redundant_connection(edges: list[list[int]]) -> list[int]:
    """Return the edge of the only cycle that appears last in edges."""
    raise NotImplementedError
