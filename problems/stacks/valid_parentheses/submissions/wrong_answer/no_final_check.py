# Checks every closer against the stack but returns True at the end without checking the stack is empty ("((" passes).
def is_valid(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != match[c]:
            return False
    return True
