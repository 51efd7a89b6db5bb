# Works on s.encode() (bytes index faster), so a non-ASCII character counts as several bytes and the sizes come out in bytes.
def partition_labels(s):
    b = s.encode()
    last = {c: i for i, c in enumerate(b)}
    out = []
    start = end = 0
    for i, c in enumerate(b):
        end = max(end, last[c])
        if i == end:
            out.append(i - start + 1)
            start = i + 1
    return out
