# Rescans from the start for the first ']' (remembering the last '[' before it), expands that innermost group, repeats: correct, but O(groups * n) = O(n^2).
def decode_string(s):
    while True:
        last_open = -1
        i = 0
        while i < len(s) and s[i] != "]":
            if s[i] == "[":
                last_open = i
            i += 1
        if i == len(s):
            return s
        start = last_open
        while start > 0 and s[start - 1].isdigit():
            start -= 1
        k = int(s[start:last_open])
        s = s[:start] + s[last_open + 1:i] * k + s[i + 1:]
