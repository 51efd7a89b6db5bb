def insert_interval(intervals, new_interval):
    """Before / overlapping / after in one pass over the sorted input: O(n) time, O(n) space."""
    start, end = new_interval
    out = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        out.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    out.append([start, end])
    out.extend(list(iv) for iv in intervals[i:])
    return out
