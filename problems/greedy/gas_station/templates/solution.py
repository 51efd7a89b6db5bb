def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return a station from which the circuit can be completed, or -1."""
    raise NotImplementedError
