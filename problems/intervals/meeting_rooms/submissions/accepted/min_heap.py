# Sorts by start, keeps a min-heap of end times, reuses the room that frees first: O(n log n).
import heapq


def min_meeting_rooms(intervals):
    heap = []
    for s, e in sorted(intervals, key=lambda iv: iv[0]):
        if heap and heap[0] <= s:
            heapq.heappop(heap)
        heapq.heappush(heap, e)
    return len(heap)
