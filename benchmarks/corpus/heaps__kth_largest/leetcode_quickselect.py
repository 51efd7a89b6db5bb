# time: O(n)
# space: O(n)
# LeetCode style: quickselect with a random pivot and three-way partition into new lists (expected O(n)).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        while True:
            pivot = random.choice(nums)
            bigger = [x for x in nums if x > pivot]
            if k <= len(bigger):
                nums = bigger
                continue
            equal = sum(1 for x in nums if x == pivot)
            if k <= len(bigger) + equal:
                return pivot
            k -= len(bigger) + equal
            nums = [x for x in nums if x < pivot]
