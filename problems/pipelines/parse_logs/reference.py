LEVELS = frozenset(("DEBUG", "INFO", "WARN", "ERROR"))
DIGITS = frozenset("0123456789")
DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_ts(ts):
    """YYYY-MM-DDTHH:MM:SSZ with ASCII digits, a real Gregorian date (year >= 1) and a real time of day."""
    if len(ts) != 20 or ts[4] != "-" or ts[7] != "-" or ts[10] != "T" or ts[13] != ":" or ts[16] != ":" or ts[19] != "Z":
        return False
    if any(ts[i] not in DIGITS for i in (0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18)):
        return False
    year, month, day = int(ts[0:4]), int(ts[5:7]), int(ts[8:10])
    if year < 1 or not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else DAYS[month - 1]
    return 1 <= day <= days and int(ts[11:13]) <= 23 and int(ts[14:16]) <= 59 and int(ts[17:19]) <= 59


def parse_logs(lines):
    """One pass; each line is split at its first two spaces and at the first
    colon of the rest: O(total characters) time, O(n) space for the output."""
    records = []
    malformed = 0
    for line in lines:
        parts = line.split(" ", 2)
        if len(parts) == 3:
            ts, level, rest = parts
            service, colon, tail = rest.partition(":")
            if (_valid_ts(ts) and level in LEVELS and colon and service and " " not in service
                    and tail.startswith(" ")):
                records.append({"ts": ts, "level": level, "service": service, "message": tail[1:]})
                continue
        malformed += 1
    return {"records": records, "malformed": malformed}
