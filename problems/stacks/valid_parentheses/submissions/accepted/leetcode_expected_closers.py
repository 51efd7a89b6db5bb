# LeetCode style: pushes the closer each opener expects, then compares closers with the top: O(n).
class Solution:
    def isValid(self, s: str) -> bool:
        closer = {"(": ")", "[": "]", "{": "}"}
        expect = []
        for c in s:
            if c in closer:
                expect.append(closer[c])
            elif not expect or expect.pop() != c:
                return False
        return not expect
