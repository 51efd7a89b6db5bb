# LeetCode style: one DP row plus a saved diagonal value: O(m * n) time, O(n) space.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        row = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            diag, row[0] = row[0], i
            for j, b in enumerate(word2, 1):
                above = row[j]
                row[j] = diag if a == b else 1 + min(above, row[j - 1], diag)
                diag = above
        return row[-1]
