# Validates timestamps by hand but treats every year divisible by 4 as a leap year, so 1900-02-29 and 2100-02-29 pass.
LEVELS = {"DEBUG", "INFO", "WARN", "ERROR"}
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def good_ts(ts):
    if len(ts) != 20 or ts[4] + ts[7] + ts[10] + ts[13] + ts[16] + ts[19] != "--T::Z":
        return False
    fields = [ts[0:4], ts[5:7], ts[8:10], ts[11:13], ts[14:16], ts[17:19]]
    if not all(f.isascii() and f.isdigit() for f in fields):
        return False
    y, mo, d, h, mi, s = map(int, fields)
    if y == 0 or not 1 <= mo <= 12 or h > 23 or mi > 59 or s > 59:
        return False
    limit = 29 if mo == 2 and y % 4 == 0 else MONTH_DAYS[mo - 1]
    return 1 <= d <= limit


def parse_logs(lines):
    out, bad = [], 0
    for line in lines:
        pieces = line.split(" ", 2)
        if len(pieces) == 3:
            ts, level, rest = pieces
            service, colon, tail = rest.partition(":")
            if colon and service and " " not in service and tail[:1] == " " and level in LEVELS and good_ts(ts):
                out.append({"ts": ts, "level": level, "service": service, "message": tail[1:]})
                continue
        bad += 1
    return {"records": out, "malformed": bad}
