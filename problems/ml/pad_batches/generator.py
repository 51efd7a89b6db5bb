"""n sequences of 1-12 tokens; "worst" has lengths in random order with many ties and one of the stated maximum 32."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Lengths uniform in 1..12, shuffled: the sort does real work, every batch needs padding.
        sequences = [[rng.randrange(30000) for _ in range(rng.randint(1, 12))] for _ in range(n)]
        if sequences:
            # One sequence at the statement's bound of 32 tokens, so the largest inputs reach it.
            sequences[rng.randrange(n)] = [rng.randrange(30000) for _ in range(32)]
        return [sequences, 32, 0]
    # Mostly short sentences with a tail of long ones.
    sequences = [[rng.randrange(30000) for _ in range(min(12, 1 + int(rng.expovariate(0.3))))] for _ in range(n)]
    return [sequences, 16, -1]


def measure(sequences: list, batch_size: int, pad) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(sequences)": len(sequences), "batch_size": batch_size,
            "len(sequence)": (len(seq) for seq in sequences)}
