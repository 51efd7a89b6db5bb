# Recursion over subsets (take or skip each item) without memo: correct, but O(2^n) against O(n * capacity).
def knapsack(weights, values, capacity):
    n = len(weights)

    def best(i, room):
        if i == n:
            return 0
        skip = best(i + 1, room)
        if weights[i] <= room:
            return max(skip, values[i] + best(i + 1, room - weights[i]))
        return skip

    return best(0, capacity)
