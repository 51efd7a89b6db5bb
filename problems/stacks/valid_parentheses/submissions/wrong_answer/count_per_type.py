# Keeps one counter per bracket type (never negative, zero at the end), so wrong nesting order like "([)]" passes.
def is_valid(s):
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for c in s:
        if c in depth:
            depth[c] += 1
        else:
            depth[opener[c]] -= 1
            if depth[opener[c]] < 0:
                return False
    return all(v == 0 for v in depth.values())
