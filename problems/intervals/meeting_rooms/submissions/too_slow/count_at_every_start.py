# For every meeting, counts the meetings running at its start time: correct, but O(n^2) against O(n log n).
def min_meeting_rooms(intervals):
    best = 0
    for t, _ in intervals:
        running = 0
        for s, e in intervals:
            if s <= t < e:
                running += 1
        best = max(best, running)
    return best
