def can_jump(nums):
    """Greedy: track the farthest index reachable so far; fail on an index beyond it.
    O(n) time, O(1) space."""
    reach = 0
    last = len(nums) - 1
    for i, x in enumerate(nums):
        if i > reach:
            return False
        if i + x > reach:
            reach = i + x
            if reach >= last:
                return True
    return True
