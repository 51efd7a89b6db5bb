# Bug: seeds the whole first row and first column with 1, ignoring obstacles that cut them off.
def unique_paths_with_obstacles(grid):
    m, n = len(grid), len(grid[0])
    if grid[0][0] or grid[-1][-1]:
        return 0
    dp = [[1 if i == 0 or j == 0 else 0 for j in range(n)] for i in range(m)]
    for i in range(1, m):
        for j in range(1, n):
            dp[i][j] = 0 if grid[i][j] else dp[i - 1][j] + dp[i][j - 1]
    return dp[-1][-1]
