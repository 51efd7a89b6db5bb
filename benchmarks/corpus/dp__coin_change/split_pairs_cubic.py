# time: O(n^3)
# space: O(n^2)
# C-builtin trap: dp[a] = 1 for a coin, else the best split dp[b] + dp[a - b] over all b <= a/2, as min(map(add, slice, reversed slice)): O(amount^2) = O(n^3) in C.
from operator import add


def coin_change(coins, amount):
    INF = float("inf")
    dp = [INF] * (amount + 1)
    dp[0] = 0
    coin_set = set(coins)
    for a in range(1, amount + 1):
        if a in coin_set:
            dp[a] = 1
        else:
            half = a // 2
            dp[a] = min(map(add, dp[1:half + 1], dp[a - 1:a - half - 1:-1]), default=INF)
    return dp[amount] if dp[amount] != INF else -1
