# LeetCode style: each character's [first, last] interval (a dict keeps first-seen order), merged left to right: O(n).
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        span = {}
        for i, c in enumerate(s):
            if c in span:
                span[c][1] = i
            else:
                span[c] = [i, i]
        sizes = []
        lo, hi = 0, -1
        for first, last in span.values():
            if first > hi:
                if hi >= 0:
                    sizes.append(hi - lo + 1)
                lo, hi = first, last
            else:
                hi = max(hi, last)
        sizes.append(hi - lo + 1)
        return sizes
