# LeetCode style: heapq.nlargest keeps a k-sized heap; the last of the k largest is the answer: O(n log k).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return heapq.nlargest(k, nums)[-1]
