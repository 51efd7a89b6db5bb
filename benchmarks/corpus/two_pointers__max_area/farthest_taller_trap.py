# time: O(n^2)
# space: O(n)
# C-builtin trap: for each line, the farthest line at least as tall on each side comes from map/filter/max and next over slices, O(n) in C per line.
def max_area(height):
    n = len(height)
    best = 0
    for i, h in enumerate(height):
        if h == 0:
            continue
        left = next(filter(h.__le__, height[:i]), None)
        if left is not None:
            best = max(best, (i - height.index(left)) * h)
        right_rev = height[i + 1:][::-1]
        r = next(filter(h.__le__, right_rev), None)
        if r is not None:
            best = max(best, (n - 1 - right_rev.index(r) - i) * h)
    return best
