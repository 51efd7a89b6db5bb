def find_cycle(next_index, head):
    """Floyd: slow and fast pointers meet in the cycle, then head and meeting point walk to its start: O(n) time, O(1) space."""
    slow = fast = head
    while fast != -1 and next_index[fast] != -1:
        slow = next_index[slow]
        fast = next_index[next_index[fast]]
        if slow == fast:
            start = head
            while start != slow:
                start = next_index[start]
                slow = next_index[slow]
            return start
    return -1
