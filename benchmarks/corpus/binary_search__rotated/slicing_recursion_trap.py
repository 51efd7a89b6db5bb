# time: O(n)
# space: O(n)
# Trap: a recursive binary search that passes list slices; copying n/2 + n/4 + ... items makes it linear in time and space.
def search_rotated(nums, target):
    def search(arr, offset):
        if not arr:
            return -1
        mid = len(arr) // 2
        x = arr[mid]
        if x == target:
            return offset + mid
        if arr[0] <= x:
            if arr[0] <= target < x:
                return search(arr[:mid], offset)
            return search(arr[mid + 1:], offset + mid + 1)
        if x < target <= arr[-1]:
            return search(arr[mid + 1:], offset + mid + 1)
        return search(arr[:mid], offset)

    return search(nums, 0)
