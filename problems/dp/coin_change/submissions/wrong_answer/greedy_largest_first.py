# Bug: greedy, takes as many of the largest coin as fit, then the next; not optimal (e.g. [1, 3, 4], 6) and can miss solutions.
def coin_change(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
