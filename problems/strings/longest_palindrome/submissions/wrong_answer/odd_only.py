# Bug: expands around single characters only, so even-length palindromes ("abba") are never found.
def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        lo = hi = i
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
