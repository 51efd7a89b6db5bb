import heapq


def min_meeting_rooms(intervals):
    """Meetings by start, a min-heap of room end times; reuse the earliest-free room: O(n log n) time, O(n) space."""
    ends = []
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
