# Places the new interval only when a later interval comes along, so it is lost when it belongs at the very end (or the list is empty).
def insert_interval(intervals, new_interval):
    res = []
    s, e = new_interval
    placed = False
    for a, b in intervals:
        if b < s:
            res.append([a, b])
        elif a > e:
            if not placed:
                res.append([s, e])
                placed = True
            res.append([a, b])
        else:
            s, e = min(s, a), max(e, b)
    return res
