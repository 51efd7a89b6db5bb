# time: O(n)
# space: O(n)
# Materialises the whole stream with list(stream) (O(n) extra space whatever the window), then a running sum over indices.
def moving_average(stream, window):
    values = list(stream)
    total = 0
    for i, x in enumerate(values):
        total += x
        if i >= window:
            total -= values[i - window]
        if i >= window - 1:
            yield total / window
