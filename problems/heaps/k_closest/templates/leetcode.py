class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        pass
