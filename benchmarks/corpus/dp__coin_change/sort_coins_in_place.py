# time: O(n^2)
# space: O(n^2)
# MUTATES its input: coins.sort() so each amount can stop at the first coin that is too big; dp over amounts, O(amount * len(coins)).
def coin_change(coins, amount):
    coins.sort()
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        best = INF
        for c in coins:
            if c > a:
                break
            if dp[a - c] < best:
                best = dp[a - c]
        dp[a] = best + 1
    return dp[amount] if dp[amount] != INF else -1
