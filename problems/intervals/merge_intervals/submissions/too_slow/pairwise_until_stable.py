# Merges each interval into the first overlapping one already kept, repeating until stable: correct, but O(n^2) against O(n log n).
def merge_intervals(intervals):
    kept = [list(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        out = []
        for s, e in kept:
            for iv in out:
                if s <= iv[1] and iv[0] <= e:
                    iv[0], iv[1] = min(iv[0], s), max(iv[1], e)
                    changed = True
                    break
            else:
                out.append([s, e])
        kept = out
    return sorted(kept)
