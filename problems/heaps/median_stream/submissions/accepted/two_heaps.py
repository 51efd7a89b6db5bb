# Two heaps (max-heap of the lower half via negation, min-heap of the upper half), push through one and rebalance: O(log n) per value.
import heapq


def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out
