# time: O(n^2)
# space: O(n)
# C-builtin trap: list(stream), then sum() over a fresh slice of `window` values at every position (window = n // 4, so O(n * window) = O(n^2) in C).
def moving_average(stream, window):
    values = list(stream)
    for i in range(window, len(values) + 1):
        yield sum(values[i - window:i]) / window
