# Running-sum generator that rounds every mean to 9 decimal places "to hide float noise": O(n), O(window), but tiny values lose all their digits.
from collections import deque


def moving_average(stream, window):
    recent = deque()
    total = 0
    for x in stream:
        recent.append(x)
        total += x
        if len(recent) > window:
            total -= recent.popleft()
        if len(recent) == window:
            yield round(total / window, 9)
