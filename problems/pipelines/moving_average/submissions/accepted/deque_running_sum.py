# Generator with a running sum and a deque of the last `window` values: O(n) time, O(window) extra space.
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
            yield total / window
