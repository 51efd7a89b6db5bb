# Greedy pass, but rejects the input unless the total gas is strictly more than the total cost, so "exactly enough gas" answers -1.
def can_complete_circuit(gas, cost):
    if sum(gas) <= sum(cost):
        return -1
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start
