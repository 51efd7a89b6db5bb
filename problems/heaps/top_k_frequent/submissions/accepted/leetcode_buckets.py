# LeetCode style: bucket sort by count (counts are at most n), read buckets from the top: O(n).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for x, c in counts.items():
            buckets[c].append(x)
        res = []
        for c in range(len(nums), 0, -1):
            res.extend(buckets[c])
            if len(res) >= k:
                return res[:k]
        return res
