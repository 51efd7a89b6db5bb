# Copies the intervals before, folds the overlapping ones into the new one, copies the rest: O(n).
def insert_interval(intervals, new_interval):
    res = []
    s, e = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] < s:
        res.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] <= e:
        s, e = min(s, intervals[i][0]), max(e, intervals[i][1])
        i += 1
    res.append([s, e])
    return res + intervals[i:]
