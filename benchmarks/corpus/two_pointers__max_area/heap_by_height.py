# time: O(n log n)
# space: O(n)
# Pop lines from a max-heap, tallest first, tracking the leftmost and rightmost index seen; each popped line is the shorter side of its best container.
import heapq


def max_area(height):
    heap = [(-h, i) for i, h in enumerate(height)]
    heapq.heapify(heap)
    best = 0
    lo = hi = None
    while heap:
        neg_h, i = heapq.heappop(heap)
        if lo is None:
            lo = hi = i
        else:
            lo, hi = min(lo, i), max(hi, i)
        best = max(best, -neg_h * max(i - lo, hi - i))
    return best
