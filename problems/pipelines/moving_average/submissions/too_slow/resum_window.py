# Keeps the last `window` values in a deque and re-sums them for every output: correct, but O(n * window) time (quadratic when window grows with n).
from collections import deque


def moving_average(stream, window):
    recent = deque(maxlen=window)
    for x in stream:
        recent.append(x)
        if len(recent) == window:
            yield sum(recent) / window
