# Two pointers from the ends, moving the shorter line inward: O(n) time, O(1) space.
def max_area(height):
    lo, hi = 0, len(height) - 1
    best = 0
    while lo < hi:
        best = max(best, (hi - lo) * min(height[lo], height[hi]))
        if height[lo] <= height[hi]:
            lo += 1
        else:
            hi -= 1
    return best
