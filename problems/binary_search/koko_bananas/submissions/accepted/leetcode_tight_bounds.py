# LeetCode style: binary search between ceil(sum / h) and max(piles), with -(-p // k) as the ceiling: O(n log m).
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = max(1, -(-sum(piles) // h)), max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(-(-p // mid) for p in piles) <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
