def largest_rectangle_area(heights):
    """Monotonic stack of increasing bars, flushed by a height-0 sentinel: O(n) time, O(n) space."""
    best = 0
    stack = []  # indices of bars with increasing heights
    for i, h in enumerate(list(heights) + [0]):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best
