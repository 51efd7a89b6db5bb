# Sorts by start and sweeps once, extending the last merged interval: O(n log n).
def merge_intervals(intervals):
    intervals = sorted(intervals, key=lambda iv: iv[0])
    out = []
    for s, e in intervals:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
