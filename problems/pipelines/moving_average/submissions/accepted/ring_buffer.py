# Fixed-size ring buffer list indexed modulo window plus a running sum: O(n) time, O(window) extra space.
def moving_average(stream, window):
    ring = [0] * window
    total = 0
    count = 0
    for x in stream:
        slot = count % window
        total += x - ring[slot]
        ring[slot] = x
        count += 1
        if count >= window:
            yield total / window
