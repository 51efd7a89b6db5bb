# time: O(n)
# space: O(n)
# Lazy generator over a fixed list of `window` slots used as a ring buffer with a running sum (window = n // 4, so O(n) extra).
def moving_average(stream, window):
    ring = [0] * window
    total = 0
    seen = 0
    for x in stream:
        slot = seen % window
        total += x - ring[slot]
        ring[slot] = x
        seen += 1
        if seen >= window:
            yield total / window
