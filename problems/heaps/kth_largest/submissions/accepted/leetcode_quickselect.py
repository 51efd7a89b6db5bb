# LeetCode style: randomised three-way quickselect: O(n) expected time.
import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        while True:
            pivot = random.choice(nums)
            above = [x for x in nums if x > pivot]
            if k <= len(above):
                nums = above
                continue
            equal = sum(1 for x in nums if x == pivot)
            if k <= len(above) + equal:
                return pivot
            k -= len(above) + equal
            nums = [x for x in nums if x < pivot]
