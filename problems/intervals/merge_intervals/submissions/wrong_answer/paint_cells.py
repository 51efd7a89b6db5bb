# Paints the unit cells [x, x + 1) each interval covers and reads back the runs, so a single-point interval [x, x] vanishes.
def merge_intervals(intervals):
    if not intervals:
        return []
    top = max(e for _, e in intervals)
    diff = [0] * (top + 2)
    for s, e in intervals:
        diff[s] += 1
        diff[e] -= 1
    out, depth, start = [], 0, None
    for x in range(top + 1):
        before = depth
        depth += diff[x]
        if before == 0 and depth > 0:
            start = x
        elif before > 0 and depth == 0:
            out.append([start, x])
    return out
