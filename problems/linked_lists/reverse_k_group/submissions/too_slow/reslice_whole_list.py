# Rebuilds the whole list with slices for every group: correct, but O(n^2 / k) copying, O(n^2) for small k, against O(n).
def reverse_k_group(values, k):
    result = list(values)
    for i in range(0, len(result) - len(result) % k, k):
        result = result[:i] + result[i:i + k][::-1] + result[i + k:]
    return result
