# Bug: the downward loop stops one short (range(capacity, w, -1)), so an item never fills a capacity of exactly its own weight.
def knapsack(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[capacity]
