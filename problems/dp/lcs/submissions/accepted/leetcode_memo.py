# LeetCode style: top-down recursion on (i, j) with lru_cache, warmed from the far corner to keep recursion shallow: O(m * n).
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m, n = len(text1), len(text2)

        @lru_cache(maxsize=None)
        def lcs(i, j):
            if i == m or j == n:
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        for s in range(m + n, -1, -1):
            for i in range(max(0, s - n), min(m, s) + 1):
                lcs(i, s - i)
        return lcs(0, 0)
