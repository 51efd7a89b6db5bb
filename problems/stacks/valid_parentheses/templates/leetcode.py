class Solution:
    def isValid(self, s: str) -> bool:
        pass
