# Splits with str.split() (any run of whitespace) and rejoins the message with single spaces, so repeated spaces, tabs and edge spaces in messages are lost.
from datetime import datetime

LEVELS = {"DEBUG", "INFO", "WARN", "ERROR"}


def parse_logs(lines):
    records, malformed = [], 0
    for line in lines:
        words = line.split()
        try:
            ts, level, service = words[0], words[1], words[2]
            if not (len(ts) == 20 and ts.isascii()):
                raise ValueError
            datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
            if level not in LEVELS or not service.endswith(":") or len(service) < 2 or ":" in service[:-1]:
                raise ValueError
        except (IndexError, ValueError):
            malformed += 1
            continue
        records.append({"ts": ts, "level": level, "service": service[:-1], "message": " ".join(words[3:])})
    return {"records": records, "malformed": malformed}
