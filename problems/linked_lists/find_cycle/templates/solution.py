def find_cycle(next_index: list[int], head: int) -> int:
    """Return the index of the node where the list starting at head enters its cycle, or -1."""
    raise NotImplementedError
