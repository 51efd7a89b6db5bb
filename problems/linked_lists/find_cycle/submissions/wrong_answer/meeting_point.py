# Detects the cycle with Floyd but returns the node where the pointers meet, not where the cycle starts.
def find_cycle(next_index, head):
    slow = fast = head
    while fast != -1 and next_index[fast] != -1:
        slow = next_index[slow]
        fast = next_index[next_index[fast]]
        if slow == fast:
            return slow
    return -1
