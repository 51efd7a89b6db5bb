# Shortcut "any -1 in the array means the list has an end", which is wrong when the -1 belongs to a node not on the list.
def find_cycle(next_index, head):
    if head == -1 or -1 in next_index:
        return -1
    seen = set()
    node = head
    while node not in seen:
        seen.add(node)
        node = next_index[node]
    return node
