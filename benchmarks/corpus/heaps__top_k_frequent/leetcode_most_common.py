# time: O(n log n)
# space: O(n)
# LeetCode style: Counter.most_common(k), which is heapq.nlargest under the hood (k ~ n/4 here).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return [x for x, _ in Counter(nums).most_common(k)]
