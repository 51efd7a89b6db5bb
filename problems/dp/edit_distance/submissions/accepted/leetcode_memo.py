# LeetCode style: top-down recursion on (i, j) with a cache, iterated by anti-diagonals to keep recursion shallow: O(m * n).
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)

        @lru_cache(maxsize=None)
        def d(i, j):
            if i == m:
                return n - j
            if j == n:
                return m - i
            if word1[i] == word2[j]:
                return d(i + 1, j + 1)
            return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

        # Warm the cache from the far corner so no call recurses more than one level deep.
        for s in range(m + n, -1, -1):
            for i in range(max(0, s - n), min(m, s) + 1):
                d(i, s - i)
        return d(0, 0)
