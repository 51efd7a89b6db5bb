# Runs a correct sliding window over the UTF-8 bytes, so non-ASCII characters count as several.
def longest_unique_substring(s):
    data = s.encode("utf-8")
    last = {}
    start = best = 0
    for i, b in enumerate(data):
        if last.get(b, -1) >= start:
            start = last[b] + 1
        last[b] = i
        best = max(best, i - start + 1)
    return best
