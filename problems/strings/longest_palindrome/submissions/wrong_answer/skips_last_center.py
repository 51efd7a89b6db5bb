# Bug: loops centers over range(len(s) - 1), which only matters when s has one character (the answer comes out "").
def longest_palindrome(s):
    best = ""
    for i in range(len(s) - 1):
        for lo, hi in ((i, i), (i, i + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
