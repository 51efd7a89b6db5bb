# time: O(n)
# space: O(n)
# Lazy generator with a deque of the last `window` values and a running sum; O(window) extra space, which is O(n) because the generator uses window = n // 4.
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
            yield total / window
