# Two heaps, but reads the max-heap's top back with abs() instead of negating it, which is wrong as soon as that top is negative.
import heapq


def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        if low and x > abs(low[0]):
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, abs(heapq.heappop(low)))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(abs(low[0])) if len(low) > len(high) else (abs(low[0]) + high[0]) / 2)
    return out
