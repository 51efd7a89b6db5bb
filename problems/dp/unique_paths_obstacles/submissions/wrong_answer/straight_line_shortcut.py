# Bug: a single row or column is treated as one path unless an end is blocked, forgetting obstacles in between.
def unique_paths_with_obstacles(grid):
    m, n = len(grid), len(grid[0])
    if m == 1 or n == 1:
        return 0 if grid[0][0] or grid[-1][-1] else 1
    dp = [0] * n
    dp[0] = 1
    for row in grid:
        for j in range(n):
            if row[j]:
                dp[j] = 0
            elif j:
                dp[j] += dp[j - 1]
    return dp[-1]
