# time: O(n^2)
# space: O(n)
# C-builtin trap: the window is a plain list with a running sum, but list.pop(0) shifts all window = n // 4 items left on every step.
def moving_average(stream, window):
    recent = []
    total = 0
    for x in stream:
        recent.append(x)
        total += x
        if len(recent) > window:
            total -= recent.pop(0)
        if len(recent) == window:
            yield total / window
