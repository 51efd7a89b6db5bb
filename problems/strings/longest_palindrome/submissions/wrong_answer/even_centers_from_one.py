# Bug: even centers (i, i + 1) start at i = 1, so a longest palindrome that is just s[0:2] ("aab") is missed.
def longest_palindrome(s):
    n = len(s)
    best = s[:1]
    for i in range(n):
        lo, hi = i, i
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    for i in range(1, n - 1):
        lo, hi = i, i + 1
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
