# Sweeps the intervals in the given order without sorting first, so [[4, 7], [1, 4]] stays unmerged.
def merge_intervals(intervals):
    out = []
    for s, e in intervals:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
