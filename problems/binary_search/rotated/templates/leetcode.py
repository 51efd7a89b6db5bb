class Solution:
    def search(self, nums: List[int], target: int) -> int:
        pass
