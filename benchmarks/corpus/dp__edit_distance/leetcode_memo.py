# time: O(n^2)
# space: O(n^2)
# LeetCode style: top-down recursion on (i, j) with functools.cache (n^2 states, recursion at most 2n deep).
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        @cache
        def d(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return d(i + 1, j + 1)
            return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

        return d(0, 0)
