def decode_string(s):
    """One scan with a stack of (pieces so far, count); pieces are joined once per group: O(m + n * d)."""
    pieces = []  # decoded pieces of the innermost open group (or of the top level)
    stack = []
    k = 0
    for c in s:
        if c.isdigit():
            k = k * 10 + ord(c) - 48
        elif c == "[":
            stack.append((pieces, k))
            pieces, k = [], 0
        elif c == "]":
            outer, count = stack.pop()
            outer.append("".join(pieces) * count)
            pieces = outer
        else:
            pieces.append(c)
    return "".join(pieces)
