# Pops intervals off the front of the list (pop(0)) until past the new one: correct, but O(n^2) memory moves against O(n log n).
def insert_interval(intervals, new_interval):
    intervals = [list(iv) for iv in intervals]
    s, e = new_interval
    res = []
    while intervals and intervals[0][1] < s:
        res.append(intervals.pop(0))
    while intervals and intervals[0][0] <= e:
        a, b = intervals.pop(0)
        s, e = min(s, a), max(e, b)
    res.append([s, e])
    while intervals:
        res.append(intervals.pop(0))
    return res
