# time: O(n^2)
# space: O(1)
# Every pair i < j with two nested loops.
def max_area(height):
    n = len(height)
    best = 0
    for i in range(n):
        hi = height[i]
        for j in range(i + 1, n):
            area = (j - i) * min(hi, height[j])
            if area > best:
                best = area
    return best
