# time: O(n^2)
# space: O(n)
# For every start, extend to the right with a fresh missing-count until the window covers t (the worst input needs the last character).
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        if s[i] not in need:
            continue
        counts = dict(need)
        missing = len(t)
        for j in range(i, len(s)):
            c = s[j]
            if c in counts:
                if counts[c] > 0:
                    missing -= 1
                counts[c] -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
    return best
