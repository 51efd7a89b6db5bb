"""parse_logs inputs: n lines of at most ~140 characters. "worst": every line
well-formed (every line becomes a record, so appending records is the hot
path); "random": about a quarter of the lines malformed in assorted ways."""
import random

SHAPES = ("worst", "random")
LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")
SERVICES = ("api", "db", "auth", "cache", "billing", "search", "worker-7", "gateway.eu")
WORDS = ("request", "done", "in", "ms", "user", "id=42", "retry", "timeout:", "ok", "cache", "miss", "GET", "/v1/items")


def _ts(rng):
    return (f"{rng.randint(2000, 2030):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z")


def _line(rng):
    message = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 10)))
    return f"{_ts(rng)} {rng.choice(LEVELS)} {rng.choice(SERVICES)}: {message}"


def _broken(rng):
    line = _line(rng)
    kind = rng.randrange(6)
    if kind == 0:
        return line.replace("Z ", " ", 1)  # timestamp without Z
    if kind == 1:
        return line.replace(line[5:7], "13", 1) if line[5:7] != "13" else "x" + line
    if kind == 2:
        ts, level, rest = line.split(" ", 2)
        return f"{ts} {level.lower()} {rest}"
    if kind == 3:
        return line.replace(": ", " ", 1)  # missing colon
    if kind == 4:
        ts, level, rest = line.split(" ", 2)
        return f"{ts} {level} {rest[rest.index(':'):]}"  # empty service
    return rng.choice(("", "garbage", " " + line))


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        return [[_line(rng) for _ in range(n)]]
    return [[_broken(rng) if rng.random() < 0.25 else _line(rng) for _ in range(n)]]


def measure(lines: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(lines)": len(lines), "len(lines[i])": (len(line) for line in lines)}
