# For every node on the walk, re-walks from head to see whether it came earlier: correct and O(1) space, but O(n^2) time against O(n).
def find_cycle(next_index, head):
    node, steps = head, 0
    while node != -1:
        p = head
        for _ in range(steps):
            if p == node:
                return node
            p = next_index[p]
        node = next_index[node]
        steps += 1
    return -1
