# Bug: coin-change habit, reports -1 when the best value is 0 (nothing fits, no items, worthless items) instead of 0.
def knapsack(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[capacity] if dp[capacity] > 0 else -1
