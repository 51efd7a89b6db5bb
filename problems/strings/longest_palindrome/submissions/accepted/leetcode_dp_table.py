# LeetCode style: is_pal[i][j] table filled by increasing length: O(n^2) time, O(n^2) space.
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        if n == 0:
            return ""
        is_pal = [[False] * n for _ in range(n)]
        start, length = 0, 1
        for i in range(n):
            is_pal[i][i] = True
        for size in range(2, n + 1):
            for i in range(n - size + 1):
                j = i + size - 1
                if s[i] == s[j] and (size == 2 or is_pal[i + 1][j - 1]):
                    is_pal[i][j] = True
                    start, length = i, size
        return s[start:start + length]
