# Computes the popped bar's width as i - popped_index, forgetting the taller bars popped before it on its left.
def largest_rectangle_area(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights + [0]):
        while stack and heights[stack[-1]] > h:
            j = stack.pop()
            best = max(best, heights[j] * (i - j))
        stack.append(i)
    return best
