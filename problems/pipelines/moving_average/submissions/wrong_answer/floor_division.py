# Running-sum generator that divides with // (a Python 2 habit): right only when every mean happens to be a whole number.
from collections import deque


def moving_average(stream, window):
    last = deque()
    total = 0
    for x in stream:
        last.append(x)
        total += x
        if len(last) > window:
            total -= last.popleft()
        if len(last) == window:
            yield total // window
