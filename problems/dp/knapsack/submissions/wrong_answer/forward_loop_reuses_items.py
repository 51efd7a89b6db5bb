# Bug: walks capacities upwards, so an item added at c - w is added again at c (unbounded knapsack, not 0/1).
def knapsack(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(w, capacity + 1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[capacity]
