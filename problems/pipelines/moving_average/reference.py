from collections import deque


def moving_average(stream, window):
    """Lazy running sum over a deque of the last `window` values: O(n) time,
    O(window) extra space. Integer inputs keep an exact integer sum."""
    recent = deque()
    total = 0
    for x in stream:
        recent.append(x)
        total += x
        if len(recent) > window:
            total -= recent.popleft()
        if len(recent) == window:
            yield total / window
