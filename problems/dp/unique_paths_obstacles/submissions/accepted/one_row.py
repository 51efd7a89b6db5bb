# One row of path counts, updated in place left to right: O(R * C) time, O(C) space.
def unique_paths_with_obstacles(grid):
    dp = [0] * len(grid[0])
    dp[0] = 1
    for row in grid:
        for j, cell in enumerate(row):
            if cell == 1:
                dp[j] = 0
            elif j > 0:
                dp[j] += dp[j - 1]
    return dp[-1]
