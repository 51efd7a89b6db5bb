# Writes `stack and stack.pop() != ...`, so a closer arriving on an empty stack is silently skipped ("())" passes).
def is_valid(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif stack and stack.pop() != match[c]:
            return False
    return not stack
