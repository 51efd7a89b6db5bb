# From every start, extends to the right until t is covered: correct, but O(len(s)^2) against O(len(s) + len(t)).
def min_window(s, t):
    counts = {}
    for c in t:
        counts[c] = counts.get(c, 0) + 1
    best = ""
    for i in range(len(s)):
        need = dict(counts)
        missing = len(t)
        for j in range(i, len(s)):
            k = need.get(s[j], 0)
            if k > 0:
                missing -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
            need[s[j]] = k - 1
    return best
