# Walks from head remembering visited nodes; the first node seen twice starts the cycle: O(n) time, O(n) space.
def find_cycle(next_index, head):
    seen = set()
    node = head
    while node != -1:
        if node in seen:
            return node
        seen.add(node)
        node = next_index[node]
    return -1
