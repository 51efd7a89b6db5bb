# time: O(n)
# space: O(n)
# Materialises the stream into itertools.accumulate prefix sums, then yields (P[i] - P[i - window]) / window for each position.
from itertools import accumulate


def moving_average(stream, window):
    prefix = [0] + list(accumulate(stream))
    for i in range(window, len(prefix)):
        yield (prefix[i] - prefix[i - window]) / window
