"""Gas-station circuits of n stations.

"worst": every station gives exactly what the next leg costs, except that the
leg from station n - 2 costs d more and station n - 1 gives d more: the only
valid start is n - 1, and a start anywhere else drives until station n - 2
before it fails (trying every start is quadratic). "random": amounts in
[0, 10^4]; in half of the inputs one station gets enough extra gas for a
circuit to exist."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst" and n >= 2:
        cost = [rng.randint(0, 10**4) for _ in range(n)]
        gas = cost[:]
        d = rng.randint(1, 10**4)
        cost[n - 2] = min(10**4, cost[n - 2] + d)
        d = cost[n - 2] - gas[n - 2]
        gas[n - 1] = cost[n - 1] + d
        if gas[n - 1] > 10**4:
            cost[n - 1] -= gas[n - 1] - 10**4
            gas[n - 1] = 10**4
        return [gas, cost]
    gas = [rng.randint(0, 10**4) for _ in range(n)]
    cost = [rng.randint(0, 10**4) for _ in range(n)]
    short = sum(cost) - sum(gas)
    if short > 0 and rng.random() < 0.5:
        for i in rng.sample(range(n), n):
            add = min(short, 10**4 - gas[i])
            gas[i] += add
            short -= add
            if short == 0:
                break
    return [gas, cost]


def measure(gas: list, cost: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(gas)": len(gas), "len(cost)": len(cost), "gas[i]": gas, "cost[i]": cost}
