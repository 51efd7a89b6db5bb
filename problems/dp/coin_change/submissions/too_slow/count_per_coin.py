# Adds coins one value at a time, trying every count t of the new coin: correct, but O(amount^2 * sum(1/c)), cubic here.
def coin_change(coins, amount):
    inf = float("inf")
    best = [0] + [inf] * amount
    for c in coins:
        new = best[:]
        for a in range(c, amount + 1):
            for t in range(1, a // c + 1):
                if best[a - t * c] + t < new[a]:
                    new[a] = best[a - t * c] + t
        best = new
    return best[amount] if best[amount] != inf else -1
