# Keeps the values in arrival order and sorts a copy for every median: correct, but O(n^2 log n) against O(n log n).
def running_median(stream):
    seen = []
    out = []
    for x in stream:
        seen.append(x)
        s = sorted(seen)
        m = len(s) // 2
        out.append(float(s[m]) if len(s) % 2 else (s[m - 1] + s[m]) / 2)
    return out
