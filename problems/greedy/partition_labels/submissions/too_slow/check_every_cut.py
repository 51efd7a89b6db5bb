# Cuts after position i when the characters before and after i share none (a set intersection per position): correct, but O(n^2).
def partition_labels(s):
    sizes = []
    start = 0
    for i in range(len(s)):
        if not set(s[start:i + 1]) & set(s[i + 1:]):
            sizes.append(i + 1 - start)
            start = i + 1
    return sizes
