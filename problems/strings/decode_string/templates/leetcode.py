class Solution:
    def decodeString(self, s: str) -> str:
        pass
