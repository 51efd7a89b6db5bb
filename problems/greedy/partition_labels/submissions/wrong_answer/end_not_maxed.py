# Greedy scan that sets the part's end to the current character's last index instead of the maximum so far, so a character with an earlier last index shrinks the part.
def partition_labels(s):
    last = {c: i for i, c in enumerate(s)}
    out = []
    start = end = 0
    for i, c in enumerate(s):
        end = last[c]
        if i == end:
            out.append(i - start + 1)
            start = i + 1
    return out
