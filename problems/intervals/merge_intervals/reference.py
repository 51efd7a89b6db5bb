def merge_intervals(intervals):
    """Sort by start, then extend or open merged intervals in one sweep: O(n log n) time, O(n) space."""
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
