# Two heaps that route a value by the upper half's minimum, tested with `if top and ...`, so a minimum of 0 counts as "no upper half" and a larger value lands in the lower half.
import heapq


def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        top = high[0] if high else None
        if top and x > top:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (high[0] - low[0]) / 2)
    return out
