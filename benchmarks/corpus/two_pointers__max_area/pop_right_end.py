# time: O(n)
# space: O(1)
# MUTATES its input: two pointers where the right pointer is the end of the list itself; the shorter right line is pop()ped off.
def max_area(height):
    i = 0
    best = 0
    while len(height) - i > 1:
        left, right = height[i], height[-1]
        width = len(height) - 1 - i
        if left < right:
            best = max(best, width * left)
            i += 1
        else:
            best = max(best, width * right)
            height.pop()
    return best
