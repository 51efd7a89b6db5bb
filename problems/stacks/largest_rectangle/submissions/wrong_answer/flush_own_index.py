# Pops correctly inside the loop, but the final flush measures width from the bar's own index (n - j) instead of the bar below it.
def largest_rectangle_area(heights):
    n = len(heights)
    stack = []
    best = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] > h:
            top = stack.pop()
            best = max(best, heights[top] * (i - (stack[-1] if stack else -1) - 1))
        stack.append(i)
    while stack:
        j = stack.pop()
        best = max(best, heights[j] * (n - j))
    return best
