def can_complete_circuit(gas, cost):
    """One pass: if the tank runs dry between the current start and station i, no
    station in that stretch can be the start, so restart at i + 1; a start exists
    iff the total gas covers the total cost. O(n) time, O(1) space."""
    total = tank = start = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        total += g - c
        tank += g - c
        if tank < 0:
            start, tank = i + 1, 0
    return start if total >= 0 else -1
