# time: O(n^3)
# space: O(n^2)
# DP that also tries deleting or inserting a whole run of k characters at once (cost k) at every cell: min over k makes each cell O(n).
def edit_distance(word1, word2):
    m, n = len(word1), len(word2)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 or j == 0:
                dp[i][j] = i + j
                continue
            best = dp[i - 1][j - 1] + (word1[i - 1] != word2[j - 1])
            for k in range(1, i + 1):
                best = min(best, dp[i - k][j] + k)
            for k in range(1, j + 1):
                best = min(best, dp[i][j - k] + k)
            dp[i][j] = best
    return dp[m][n]
