from hypothesis import strategies as st

_century_leap = st.sampled_from(["1900-02-29", "2100-02-29", "1800-02-29", "2200-02-29"])
_dates = st.one_of(
    _century_leap,
    st.sampled_from(["2024-02-29", "2023-02-29", "2000-02-29", "2400-02-29", "2024-04-31", "2024-12-31",
                     "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "0001-01-01"]),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32)),
)
_times = st.one_of(
    st.sampled_from(["00:00:00", "23:59:59", "12:34:56", "24:00:00", "12:60:00", "12:00:60"]),
    st.builds(lambda h, m, s: f"{h:02d}:{m:02d}:{s:02d}", st.integers(0, 24), st.integers(0, 60), st.integers(0, 60)),
)
_ts = st.one_of(
    st.builds(lambda d, t: f"{d}T{t}Z", _dates, _times),
    st.builds(lambda d, t: f"{d}T{t}Z", _dates, _times),
    st.sampled_from(["2024-05-01T12:00:03", "2024-5-01T12:00:03Z", "2024-05-01 12:00:03Z", "2024-05-01T12:00:03z", ""]),
)
# Mostly valid fields, so that a line with one odd field is common.
_level = st.sampled_from(["DEBUG", "INFO", "WARN", "ERROR"] * 2 + ["info", "WARNING", "", "FATAL"])
_service = st.sampled_from(["api", "db", "auth", "日本", "x-1", "api", "db", "", "a b", "a:b", "ab "])
_sep = st.sampled_from([": "] * 4 + [":", " : ", ":  "])
_message = st.text(st.sampled_from("ab :\t😀"), max_size=8)


@st.composite
def _line(draw):
    if draw(st.integers(0, 14)) == 0:
        return draw(st.text(st.sampled_from("0123456789-:TZ INFOab"), max_size=25))
    gap1 = draw(st.sampled_from([" "] * 5 + ["  ", ""]))
    gap2 = draw(st.sampled_from([" "] * 5 + ["  "]))
    return f"{draw(_ts)}{gap1}{draw(_level)}{gap2}{draw(_service)}{draw(_sep)}{draw(_message)}"


def args_strategy():
    return st.lists(_line(), max_size=8).map(lambda lines: [lines])


def invariants(args, got):
    (lines,) = args
    assert isinstance(got, dict) and set(got) == {"records", "malformed"}, f"expected a dict with records and malformed, got {got!r}"
    records, malformed = got["records"], got["malformed"]
    assert isinstance(records, list) and isinstance(malformed, int), "records must be a list and malformed an int"
    assert len(records) + malformed == len(lines), f"{len(records)} records + {malformed} malformed != {len(lines)} lines"
    it = iter(lines)
    for rec in records:
        assert isinstance(rec, dict) and set(rec) == {"ts", "level", "service", "message"}, f"bad record {rec!r}"
        text = f"{rec['ts']} {rec['level']} {rec['service']}: {rec['message']}"
        assert any(text == line for line in it), f"record {rec!r} does not rebuild an input line, in order"
