import heapq


def running_median(stream):
    """Two heaps: a max-heap `low` (negated) with the smaller half and a min-heap
    `high` with the larger half, len(low) - len(high) in {0, 1}. O(log n) per
    value, O(n log n) in all; O(n) space."""
    low, high = [], []
    medians = []
    for x in stream:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:
            medians.append((high[0] - low[0]) / 2)
    return medians
