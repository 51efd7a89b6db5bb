# LeetCode style: sorted starts and sorted ends, one pointer each; an end at or before a start frees a room: O(n log n).
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        starts = sorted(s for s, _ in intervals)
        ends = sorted(e for _, e in intervals)
        rooms = j = 0
        for s in starts:
            if s >= ends[j]:
                j += 1
            else:
                rooms += 1
        return rooms
