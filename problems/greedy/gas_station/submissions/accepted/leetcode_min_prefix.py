# LeetCode style: start right after the station where the running balance is lowest (if the total is not negative): O(n).
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        balance, lowest, at = 0, 0, -1
        for i, (g, c) in enumerate(zip(gas, cost)):
            balance += g - c
            if balance < lowest:
                lowest, at = balance, i
        if balance < 0:
            return -1
        return (at + 1) % len(gas)
