"""schema_drift inputs with n (record, field) pairs in all: n // 8 records per
batch with 4 fields each, field names drawn from n // 8 names (so the number
of distinct fields grows with n). "worst": every field drifts (a different
mix of types per batch) and a quarter of the names occur in one batch only;
"random": types mostly stable, a few drift."""
import random

SHAPES = ("worst", "random")
VALUES = (lambda r: None, lambda r: r.random() < 0.5, lambda r: r.randint(-99, 99), lambda r: r.random() * 100,
          lambda r: f"s{r.randint(0, 99)}", lambda r: [r.randint(0, 9)], lambda r: {"x": r.randint(0, 9)})


def generate(n: int, shape: str, rng: random.Random) -> list:
    names = [f"field_{i:06d}" for i in range(max(4, n // 8))]
    quarter = len(names) // 4
    batches = []
    for side in (0, 1):
        pool = names[quarter:] if side == 0 else names[:-quarter]
        batch = []
        for _ in range(max(1, n // 8)):
            record = {}
            for field in rng.sample(pool, 4):
                h = int(field[-6:]) if shape == "random" else rng.randrange(7)
                kind = (h + side * (rng.random() < 0.05)) % 7 if shape == "random" else (h + side) % 7
                record[field] = VALUES[kind](rng)
            batch.append(record)
        batches.append(batch)
    return batches


def measure(batch_a: list, batch_b: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(batch_a)": len(batch_a), "len(batch_b)": len(batch_b),
            "n": sum(len(r) for r in batch_a) + sum(len(r) for r in batch_b)}
