# Bug: collects the items into a set of (weight, value) pairs "to avoid double counting", which merges identical items.
def knapsack(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in set(zip(weights, values)):
        for c in range(capacity, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[capacity]
