# Regex with \d (which also matches non-ASCII digits like "２" or "٣", and int() accepts them), so timestamps in other scripts pass as valid.
import re
from datetime import datetime

LINE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z (DEBUG|INFO|WARN|ERROR) ([^ :]+): (.*)", re.DOTALL)


def parse_logs(lines):
    records, malformed = [], 0
    for line in lines:
        m = LINE.fullmatch(line)
        if m:
            try:
                datetime(*map(int, m.groups()[:6]))
            except ValueError:
                m = None
        if not m:
            malformed += 1
            continue
        records.append({"ts": line[:20], "level": m.group(7), "service": m.group(8), "message": m.group(9)})
    return {"records": records, "malformed": malformed}
