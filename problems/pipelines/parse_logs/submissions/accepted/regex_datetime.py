# One compiled regex (ASCII digits only) per line, then datetime() to reject impossible dates: O(total characters).
import re
from datetime import datetime

LINE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z (DEBUG|INFO|WARN|ERROR) ([^ :]+): (.*)", re.DOTALL)


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
