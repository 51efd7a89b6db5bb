def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the minimum number of rooms for meetings occupying [start, end)."""
    raise NotImplementedError
