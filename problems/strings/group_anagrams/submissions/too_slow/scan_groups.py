# Compares each word's sorted letters with every group found so far: correct, but O(n * groups), O(n^2).
def group_anagrams(strs):
    keys = []
    groups = []
    for w in strs:
        k = sorted(w)
        for i in range(len(keys)):
            if keys[i] == k:
                groups[i].append(w)
                break
        else:
            keys.append(k)
            groups.append([w])
    return groups
