# Jumps the start to last[c] + 1 without max(), so an old repeat moves the window back ("abba" gives 3).
def longest_unique_substring(s):
    last = {}
    start = best = 0
    for i, c in enumerate(s):
        if c in last:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best
