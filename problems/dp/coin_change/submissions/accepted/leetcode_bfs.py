# LeetCode style: BFS from 0 over amounts, one level per coin added; first hit is the fewest: O(amount * len(coins)).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = [False] * (amount + 1)
        seen[0] = True
        frontier = [0]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for s in frontier:
                for c in coins:
                    t = s + c
                    if t == amount:
                        return steps
                    if t < amount and not seen[t]:
                        seen[t] = True
                        nxt.append(t)
            frontier = nxt
        return -1
