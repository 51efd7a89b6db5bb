# LeetCode style: sorts the list in place by start, merges into a new list: O(n log n).
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        res = []
        for iv in intervals:
            if not res or res[-1][1] < iv[0]:
                res.append(list(iv))
            else:
                res[-1][1] = max(res[-1][1], iv[1])
        return res
