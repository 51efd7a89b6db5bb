# Bug: reads the count as the last digit only (k = int(c)), so "10[a]" repeats 0 times.
def decode_string(s):
    stack = []
    cur = ""
    k = 0
    for c in s:
        if c.isdigit():
            k = int(c)
        elif c == "[":
            stack.append((cur, k))
            cur, k = "", 0
        elif c == "]":
            prev, count = stack.pop()
            cur = prev + cur * count
        else:
            cur += c
    return cur
