# LeetCode style: prefix and suffix product lists with itertools.accumulate: O(n) time, O(n) space.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        prefix = [1] + list(itertools.accumulate(nums, lambda a, b: a * b))[:-1] if n else []
        suffix = ([1] + list(itertools.accumulate(reversed(nums), lambda a, b: a * b))[:-1])[::-1] if n else []
        return [p * s for p, s in zip(prefix, suffix)]
