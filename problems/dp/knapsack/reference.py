def knapsack(weights, values, capacity):
    """One-row DP over capacities, walked downwards so each item counts once: O(n * capacity) time, O(capacity) space."""
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]
