# LeetCode style: one DP row plus a saved diagonal value: O(m * n) time, O(n) space.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        row = [0] * (len(text2) + 1)
        for a in text1:
            diag = 0
            for j, b in enumerate(text2, 1):
                above = row[j]
                row[j] = diag + 1 if a == b else max(above, row[j - 1])
                diag = above
        return row[-1]
