# Pushes openers, pops and compares on every closer, stack must end empty: O(n) time, O(n) space.
def is_valid(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack[-1] != match[c]:
            return False
        else:
            stack.pop()
    return len(stack) == 0
