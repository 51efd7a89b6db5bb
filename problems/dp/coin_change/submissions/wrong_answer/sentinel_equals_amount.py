# Bug: uses `amount` as the "unreachable" sentinel, which is a real answer when only coin 1 fits (and for amount 0).
def coin_change(coins, amount):
    dp = [0] + [amount] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] = min(dp[a], dp[a - c] + 1)
    return -1 if dp[amount] == amount else dp[amount]
