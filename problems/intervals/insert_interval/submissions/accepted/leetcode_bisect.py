# LeetCode style: bisects for the first interval ending at or after the start and the last starting at or before the end: O(n) for the copies.
class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        s, e = newInterval
        ends = [iv[1] for iv in intervals]
        starts = [iv[0] for iv in intervals]
        lo = bisect_left(ends, s)       # intervals[:lo] end before s
        hi = bisect_right(starts, e)    # intervals[hi:] start after e
        if lo < hi:
            s = min(s, intervals[lo][0])
            e = max(e, intervals[hi - 1][1])
        return intervals[:lo] + [[s, e]] + intervals[hi:]
