# Splits the stream with itertools.tee; the lagging copy supplies the value leaving the window (tee buffers only `window` items): O(n) time, O(window) space.
from itertools import islice, tee


def moving_average(stream, window):
    ahead, behind = tee(stream)
    first = list(islice(ahead, window))
    if len(first) < window:
        return
    total = sum(first)
    del first
    yield total / window
    for new, old in zip(ahead, behind):
        total += new - old
        yield total / window
