def insert_interval(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Insert new_interval into the sorted disjoint intervals, merging where they overlap."""
    raise NotImplementedError
