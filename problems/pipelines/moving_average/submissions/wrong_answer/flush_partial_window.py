# Running-sum generator that, when the stream ends before a full window, still yields the mean of the values it got.
from collections import deque


def moving_average(stream, window):
    last = deque()
    total = 0
    emitted = False
    for x in stream:
        last.append(x)
        total += x
        if len(last) > window:
            total -= last.popleft()
        if len(last) == window:
            emitted = True
            yield total / window
    if not emitted and last:
        yield total / len(last)
