# time: O(n)
# space: O(n)
# itertools.tee: a lagging copy of the stream, `window` items behind, supplies the value leaving the window (tee buffers the window = n // 4 items).
from itertools import islice, tee


def moving_average(stream, window):
    lead, lag = tee(stream)
    total = sum(islice(lead, window - 1))
    for x in lead:
        total += x
        yield total / window
        total -= next(lag)
