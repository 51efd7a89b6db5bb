# Floyd, but the second phase steps both pointers once before comparing, so a cycle through head is reported one node late.
def find_cycle(next_index, head):
    slow = fast = head
    while fast != -1 and next_index[fast] != -1:
        slow = next_index[slow]
        fast = next_index[next_index[fast]]
        if slow == fast:
            p = next_index[head]
            slow = next_index[slow]
            while p != slow:
                p, slow = next_index[p], next_index[slow]
            return p
    return -1
