# For every left end, extends right keeping the running minimum height: correct, but O(n^2) against O(n).
def largest_rectangle_area(heights):
    best = 0
    n = len(heights)
    for i in range(n):
        low = heights[i]
        for j in range(i, n):
            if heights[j] < low:
                low = heights[j]
            area = low * (j - i + 1)
            if area > best:
                best = area
    return best
