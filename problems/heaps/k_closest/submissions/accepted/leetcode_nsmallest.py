# LeetCode style: heapq.nsmallest with the squared distance as key keeps a k-sized heap: O(n log k).
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
