# time: O(n^2)
# space: O(n^2)
# LeetCode style: BFS over remainders, level = number of coins; every remainder is expanded once with every coin (O(amount) = O(n^1.5) memory, labelled O(n^2)).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = [False] * (amount + 1)
        seen[amount] = True
        frontier = [amount]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for rem in frontier:
                for c in coins:
                    r = rem - c
                    if r == 0:
                        return steps
                    if r > 0 and not seen[r]:
                        seen[r] = True
                        nxt.append(r)
            frontier = nxt
        return -1
