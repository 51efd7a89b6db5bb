# Stack of increasing bars; a lower bar pops the taller ones and closes their rectangles, a 0 flushes at the end: O(n).
def largest_rectangle_area(heights):
    stack = [-1]
    best = 0
    h = heights + [0]
    for i in range(len(h)):
        while stack[-1] != -1 and h[stack[-1]] > h[i]:
            height = h[stack.pop()]
            best = max(best, height * (i - stack[-1] - 1))
        stack.append(i)
    return best
