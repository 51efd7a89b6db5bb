# Uses the min-heap of end times but forgets to sort the meetings by start first.
import heapq


def min_meeting_rooms(intervals):
    heap = []
    for s, e in intervals:
        if heap and heap[0] <= s:
            heapq.heappop(heap)
        heapq.heappush(heap, e)
    return len(heap)
