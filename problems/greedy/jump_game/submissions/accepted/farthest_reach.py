# Greedy farthest reach: stop when an index lies beyond it: O(n) time, O(1) space.
def can_jump(nums):
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True
