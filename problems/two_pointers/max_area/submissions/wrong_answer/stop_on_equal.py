# Two pointers that stop as soon as both lines are equally tall, assuming nothing inside can beat them.
def max_area(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        best = max(best, (j - i) * min(height[i], height[j]))
        if height[i] == height[j]:
            break
        if height[i] < height[j]:
            i += 1
        else:
            j -= 1
    return best
