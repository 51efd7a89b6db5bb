# From every start, extends with a set until a repeat: correct, but O(n^2) on distinct characters against O(n).
def longest_unique_substring(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for j in range(i, len(s)):
            if s[j] in seen:
                break
            seen.add(s[j])
        best = max(best, len(seen))
    return best
