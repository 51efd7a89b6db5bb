# Shrinks the set window by one character with `if` instead of `while`, so a repeat in the middle stays in.
def longest_unique_substring(s):
    window = set()
    left = best = 0
    for right, c in enumerate(s):
        if c in window:
            window.discard(s[left])
            left += 1
        window.add(c)
        best = max(best, right - left + 1)
    return best
