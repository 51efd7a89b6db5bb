# Running-sum generator that primes itself with next(it, 0), so an empty stream is treated as one value 0 (window 1 then yields a mean): O(n), O(window).
from collections import deque


def moving_average(stream, window):
    it = iter(stream)
    first = next(it, 0)
    recent = deque([first])
    total = first
    if window == 1:
        yield total / 1
    for x in it:
        recent.append(x)
        total += x
        if len(recent) > window:
            total -= recent.popleft()
        if len(recent) == window:
            yield total / window
