# Splits each line at its first two spaces and at the first colon, validates the timestamp field by field: O(total characters).
LEVELS = {"DEBUG", "INFO", "WARN", "ERROR"}
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def good_ts(ts):
    if len(ts) != 20 or ts[19] != "Z" or ts[10] != "T":
        return False
    date, time = ts[:10], ts[11:19]
    if date[4] != "-" or date[7] != "-" or time[2] != ":" or time[5] != ":":
        return False
    fields = [date[0:4], date[5:7], date[8:10], time[0:2], time[3:5], time[6:8]]
    if not all(f.isascii() and f.isdigit() for f in fields):
        return False
    y, mo, d, h, mi, s = map(int, fields)
    if y == 0 or not 1 <= mo <= 12 or h > 23 or mi > 59 or s > 59:
        return False
    limit = 29 if mo == 2 and is_leap(y) else MONTH_DAYS[mo - 1]
    return 1 <= d <= limit


def parse_logs(lines):
    out = []
    bad = 0
    for line in lines:
        pieces = line.split(" ", 2)
        if len(pieces) < 3:
            bad += 1
            continue
        ts, level, rest = pieces
        i = rest.find(":")
        if i <= 0 or " " in rest[:i] or rest[i + 1:i + 2] != " " or level not in LEVELS or not good_ts(ts):
            bad += 1
            continue
        out.append({"ts": ts, "level": level, "service": rest[:i], "message": rest[i + 2:]})
    return {"records": out, "malformed": bad}
