# time: O(n^2)
# space: O(n)
# For every start, extend to the right with a fresh set until a character repeats (all-distinct input reads the whole rest).
def longest_unique_substring(s):
    n = len(s)
    best = 0
    for i in range(n):
        seen = set()
        j = i
        while j < n and s[j] not in seen:
            seen.add(s[j])
            j += 1
        best = max(best, j - i)
    return best
