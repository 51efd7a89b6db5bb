# C-style 256-slot counts over the UTF-8 bytes: right for ASCII, wrong once characters take several bytes.
def min_window(s, t):
    data, need = s.encode("utf-8"), [0] * 256
    for b in t.encode("utf-8"):
        need[b] += 1
    missing = len(t.encode("utf-8"))
    i = I = J = 0
    for j, b in enumerate(data, 1):
        if need[b] > 0:
            missing -= 1
        need[b] -= 1
        if not missing:
            while i < j and need[data[i]] < 0:
                need[data[i]] += 1
                i += 1
            if not J or j - i < J - I:
                I, J = i, j
    return data[I:J].decode("utf-8", errors="replace")
