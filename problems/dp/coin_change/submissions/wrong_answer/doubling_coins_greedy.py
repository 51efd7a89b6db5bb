# Bug: takes a greedy shortcut when every coin is at least twice the previous one ("like real currency"), but such systems need not be greedy-safe: [5, 12] with 20 gives -1 instead of 4, [1, 5, 12] with 15 gives 4 instead of 3.
# Why only the properties catch it: every fixed case whose coins pass the doubling test happens to be greedy-safe for its amount; Hypothesis draws many small two- and three-coin systems like [3, 7] with 9.
def coin_change(coins, amount):
    coins = sorted(set(coins))
    if all(b >= 2 * a for a, b in zip(coins, coins[1:])):
        count, rest = 0, amount
        for c in reversed(coins):
            count += rest // c
            rest %= c
        return count if rest == 0 else -1
    best = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] <= amount else -1
