# Last index of every character, then one greedy scan that cuts when it reaches the farthest last index: O(n) time, O(k) space.
def partition_labels(s):
    last = {}
    for i, c in enumerate(s):
        last[c] = i
    out = []
    start = end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            out.append(i - start + 1)
            start = i + 1
    return out
