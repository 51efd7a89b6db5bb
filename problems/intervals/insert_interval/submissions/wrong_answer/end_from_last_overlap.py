# Takes the merged end from the last overlapping interval only, so a new interval reaching past it is cut short.
def insert_interval(intervals, new_interval):
    res = []
    s, e = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] < s:
        res.append(intervals[i])
        i += 1
    merged_any = False
    while i < len(intervals) and intervals[i][0] <= e:
        s = min(s, intervals[i][0])
        last_end = intervals[i][1]
        merged_any = True
        i += 1
    if merged_any:
        e = last_end
    res.append([s, e])
    return res + intervals[i:]
