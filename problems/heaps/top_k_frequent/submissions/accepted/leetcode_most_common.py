# LeetCode style: Counter.most_common(k), a heap-based partial sort: O(n + u log k).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        return [x for x, _ in Counter(nums).most_common(k)]
