def check(args, expected, got):
    """Any valid start when one exists (the reference found `expected`), else -1."""
    gas, cost = args
    n = len(gas)
    if not isinstance(got, int) or isinstance(got, bool):
        return f"expected a station index or -1, got {got!r}"
    if expected == -1:
        return None if got == -1 else f"no start completes the circuit (total gas {sum(gas)} < total cost {sum(cost)}), but got {got}"
    if got == -1:
        return f"station {expected} completes the circuit, but got -1"
    if not 0 <= got < n:
        return f"{got} is not a station index (0..{n - 1})"
    tank = 0
    for k in range(n):
        i = (got + k) % n
        tank += gas[i] - cost[i]
        if tank < 0:
            return f"starting at {got}, the tank runs dry on the way from station {i} to station {(i + 1) % n}"
    return None
