# Rod-cutting style DP: best(a) = min over splits b of best(b) + best(a - b): correct, but O(amount^2), i.e. O(n^3) here.
def coin_change(coins, amount):
    inf = float("inf")
    best = [inf] * (amount + 1)
    best[0] = 0
    for c in coins:
        if c <= amount:
            best[c] = 1
    for a in range(2, amount + 1):
        b_best = best[a]
        for b in range(1, a // 2 + 1):
            s = best[b] + best[a - b]
            if s < b_best:
                b_best = s
        best[a] = b_best
    return best[amount] if best[amount] != inf else -1
