# Floyd's tortoise and hare, then walks from head and from the meeting point in step: O(n) time, O(1) space.
def find_cycle(next_index, head):
    slow = fast = head
    while fast != -1:
        fast = next_index[fast]
        if fast == -1:
            return -1
        fast = next_index[fast]
        slow = next_index[slow]
        if slow == fast:
            break
    else:
        return -1
    p = head
    while p != slow:
        p, slow = next_index[p], next_index[slow]
    return p
