# Greedy pass that restarts AT the station where the tank ran dry instead of the one after it.
def can_complete_circuit(gas, cost):
    if sum(gas) < sum(cost):
        return -1
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i, 0
    return start
