# Checks every substring with a two-pointer palindrome test: correct, but O(n^3) on repetitive strings.
def longest_palindrome(s):
    def is_palindrome(i, j):
        while i < j:
            if s[i] != s[j]:
                return False
            i += 1
            j -= 1
        return True

    best_i, best_len = 0, 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            if is_palindrome(i, j) and j - i + 1 > best_len:
                best_i, best_len = i, j - i + 1
    return s[best_i:best_i + best_len]
