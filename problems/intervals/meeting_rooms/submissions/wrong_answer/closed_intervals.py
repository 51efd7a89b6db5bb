# Reuses a room only when it frees strictly before the start (heap[0] < s), treating back-to-back meetings as overlapping.
import heapq


def min_meeting_rooms(intervals):
    heap = []
    for s, e in sorted(intervals):
        if heap and heap[0] < s:
            heapq.heappop(heap)
        heapq.heappush(heap, e)
    return len(heap)
