def coin_change(coins, amount):
    """Unbounded-knapsack DP over amounts, one pass per coin: O(amount * len(coins)) time, O(amount) space."""
    unreachable = amount + 1
    dp = [0] + [unreachable] * amount
    for c in set(coins):
        for a in range(c, amount + 1):
            if dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] <= amount else -1
