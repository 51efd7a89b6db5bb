# time: O(n^2)
# space: O(n^2)
# Unbounded-knapsack DP over amounts, one pass per coin: O(amount * len(coins)) = O(n^2); the O(amount) = O(n^1.5) table is labelled O(n^2) like problem.json.
def coin_change(coins, amount):
    INF = amount + 1
    dp = [0] + [INF] * amount
    for c in coins:
        for a in range(c, amount + 1):
            if dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] <= amount else -1
