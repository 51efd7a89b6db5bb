# time: O(n^2)
# space: O(n)
# C-builtin trap: a deque(maxlen=window) drops old values for free, but sum(recent) re-adds the whole window (n // 4 values) at every step.
from collections import deque


def moving_average(stream, window):
    recent = deque(maxlen=window)
    for x in stream:
        recent.append(x)
        if len(recent) == window:
            yield sum(recent) / window
