# Copies intervals with end <= new start as "before", so an interval ending exactly where the new one starts is not merged.
def insert_interval(intervals, new_interval):
    res = []
    s, e = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] <= s:
        res.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] <= e:
        s, e = min(s, intervals[i][0]), max(e, intervals[i][1])
        i += 1
    res.append([s, e])
    return res + intervals[i:]
