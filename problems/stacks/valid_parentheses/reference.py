_OPENER = {")": "(", "]": "[", "}": "{"}


def is_valid(s):
    """Stack of open brackets; each closer must match the top: O(n) time, O(n) space."""
    stack = []
    for c in s:
        if c in _OPENER:
            if not stack or stack.pop() != _OPENER[c]:
                return False
        else:
            stack.append(c)
    return not stack
