# time: O(2^n)
# space: O(n)
# Naive recursion fewest(rem) = 1 + min over coins of fewest(rem - coin), no memo: exponential in amount (amount ~ n^1.5 here), correct.
def coin_change(coins, amount):
    def fewest(rem):
        if rem == 0:
            return 0
        best = -1
        for c in coins:
            if c <= rem:
                sub = fewest(rem - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
