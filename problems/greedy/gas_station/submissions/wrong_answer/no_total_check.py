# Greedy restart pass without the total check: returns -1 only when the last stretch fails too, so a deficit earlier in the circuit goes unnoticed.
def can_complete_circuit(gas, cost):
    n = len(gas)
    tank = start = 0
    for i in range(n):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < n else -1
