# Two heaps, but averages the two middle values with // (integer division), so an odd sum is rounded down.
import heapq


def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (high[0] - low[0]) // 2)
    return out
