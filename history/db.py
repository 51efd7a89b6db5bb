"""The history database: one SQLite file, a schema version, forward migrations, atomic writes.

Every write is one transaction in WAL mode with full sync, so a crash mid-write
loses at most that write, never what was recorded before. A file that is not a
practice database, is corrupt, or was written by a newer practice is an error
with one sentence, never a silent reset.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from practice.errors import PracticeError

SCHEMA_VERSION = 1

# MIGRATIONS[i] takes a database from version i to version i + 1.
MIGRATIONS = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        problem TEXT NOT NULL,
        file TEXT NOT NULL,
        verdict TEXT NOT NULL,
        sandbox TEXT NOT NULL,
        seconds REAL NOT NULL,
        rubric TEXT NOT NULL,          -- JSON: [{dimension, score, evidence}] (machine scores)
        pass_bar INTEGER,
        session_id INTEGER,
        mock_id INTEGER
    );
    CREATE INDEX checks_problem ON checks(problem, at);
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        problem TEXT NOT NULL,
        kind TEXT NOT NULL,            -- solve | mock
        started TEXT NOT NULL,
        ended TEXT,
        accepted_at TEXT
    );
    CREATE TABLE mocks (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT,
        minutes INTEGER NOT NULL,
        problems TEXT NOT NULL,        -- JSON list of IDs
        report TEXT                    -- JSON, written at the end
    );
    CREATE TABLE self_scores (
        id INTEGER PRIMARY KEY,
        mock_id INTEGER NOT NULL,
        problem TEXT NOT NULL,
        dimension TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
        by TEXT NOT NULL               -- self | partner
    );
    CREATE TABLE hints (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        problem TEXT NOT NULL,
        level INTEGER NOT NULL
    );
    CREATE TABLE cards (
        problem TEXT PRIMARY KEY,
        card TEXT NOT NULL,            -- JSON of an fsrs.Card
        due TEXT NOT NULL
    );
    """,
]


class HistoryError(PracticeError):
    """The history database cannot be used as it is (exit 4)."""

    exit_code = 4


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def default_path() -> Path:
    override = os.environ.get("PRACTICE_DATA_DIR")
    if override:
        return Path(override) / "history.sqlite3"
    import platformdirs

    return platformdirs.user_data_path("practice") / "history.sqlite3"


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        try:
            self.conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            if not fresh:
                ok = self.conn.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise sqlite3.DatabaseError(ok)
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"The history database {self.path} is damaged ({exc}); nothing was changed.",
                               "Move it aside to start a new history, or restore it from an export.") from exc
        self._migrate(fresh)

    def _version(self) -> int:
        has_meta = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise HistoryError(f"{self.path} is not a practice history database; nothing was changed.",
                                   "Point PRACTICE_DATA_DIR elsewhere or move the file aside.")
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self, fresh: bool) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise HistoryError(f"The history database {self.path} was written by a newer practice "
                               f"(schema {version}, this one knows {SCHEMA_VERSION}); nothing was changed.",
                               "Upgrade practice to read it.")
        for v in range(version, SCHEMA_VERSION):
            with self.tx() as c:
                for stmt in [s for s in MIGRATIONS[v].split(";") if s.strip()]:
                    c.execute(stmt)
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(v + 1),))

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: committed whole or not at all. A full disk is an error, and loses only this write."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise HistoryError(f"Could not write the history at {self.path} ({exc}); what was recorded before is intact.",
                               "Free some disk space and run again.") from exc

    def close(self) -> None:
        self.conn.close()

    # -- writes ---------------------------------------------------------------
    def record_check(self, report: dict, *, session_id: int | None = None, mock_id: int | None = None) -> int:
        overall = report.get("overall") or {}
        with self.tx() as c:
            cur = c.execute(
                "INSERT INTO checks(at, problem, file, verdict, sandbox, seconds, rubric, pass_bar, session_id, mock_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (now(), report["problem"], report["file"], report["verdict"], report["sandbox"], report["seconds"],
                 json.dumps(report.get("rubric", [])), int(bool(overall.get("pass_bar_met"))), session_id, mock_id))
            if session_id is not None and report["verdict"] == "accepted":
                c.execute("UPDATE sessions SET accepted_at = coalesce(accepted_at, ?) WHERE id = ?", (now(), session_id))
            return int(cur.lastrowid)

    def start_session(self, problem: str, kind: str = "solve") -> int:
        with self.tx() as c:
            return int(c.execute("INSERT INTO sessions(problem, kind, started) VALUES (?,?,?)",
                                 (problem, kind, now())).lastrowid)

    def end_session(self, session_id: int) -> None:
        with self.tx() as c:
            c.execute("UPDATE sessions SET ended = ? WHERE id = ?", (now(), session_id))

    def start_mock(self, minutes: int, problems: list[str]) -> int:
        with self.tx() as c:
            return int(c.execute("INSERT INTO mocks(started, minutes, problems) VALUES (?,?,?)",
                                 (now(), minutes, json.dumps(problems))).lastrowid)

    def end_mock(self, mock_id: int, card: dict) -> None:
        with self.tx() as c:
            c.execute("UPDATE mocks SET ended = ?, report = ? WHERE id = ?", (now(), json.dumps(card), mock_id))
            for p in card["problems"]:
                for dim, score in p["self_scores"].items():
                    c.execute("INSERT INTO self_scores(mock_id, problem, dimension, score, by) VALUES (?,?,?,?,?)",
                              (mock_id, p["problem"], dim, score, "self"))

    def record_hint(self, problem: str, level: int) -> None:
        with self.tx() as c:
            c.execute("INSERT INTO hints(at, problem, level) VALUES (?,?,?)", (now(), problem, level))

    def hints_used(self, problem: str) -> int:
        row = self.conn.execute("SELECT max(level) FROM hints WHERE problem = ?", (problem,)).fetchone()
        return int(row[0] or 0)

    def save_card(self, problem: str, card: dict, due: str) -> None:
        with self.tx() as c:
            c.execute("INSERT OR REPLACE INTO cards(problem, card, due) VALUES (?,?,?)", (problem, json.dumps(card), due))

    # -- reads ------------------------------------------------------------------
    def checks(self, limit: int | None = None, problem: str | None = None) -> list[dict[str, Any]]:
        q = "SELECT * FROM checks" + (" WHERE problem = ?" if problem else "") + " ORDER BY id DESC"
        q += f" LIMIT {int(limit)}" if limit else ""
        rows = self.conn.execute(q, (problem,) if problem else ()).fetchall()
        return [{**dict(r), "rubric": json.loads(r["rubric"])} for r in rows]

    def cards(self) -> dict[str, dict]:
        return {r["problem"]: json.loads(r["card"]) for r in self.conn.execute("SELECT * FROM cards")}

    def sessions(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM sessions ORDER BY id")]

    # -- moving between machines ----------------------------------------------------
    TABLES = ("checks", "sessions", "mocks", "self_scores", "hints", "cards")

    def export(self) -> dict:
        return {"format": "practice-history", "schema_version": SCHEMA_VERSION,
                "tables": {t: [dict(r) for r in self.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")]
                           for t in self.TABLES}}

    def import_(self, data: dict) -> int:
        """Add an export's rows (new ids; cards keep the later due date). Returns rows added."""
        if data.get("format") != "practice-history" or int(data.get("schema_version", 0)) > SCHEMA_VERSION:
            raise HistoryError("That file is not a practice history export this version can read.",
                               "Export it again with `practice history --export FILE`.")
        added = 0
        with self.tx() as c:
            session_ids: dict[int, int] = {}
            mock_ids: dict[int, int] = {}
            for row in data["tables"].get("sessions", []):
                old = row.pop("id")
                session_ids[old] = c.execute("INSERT INTO sessions(problem, kind, started, ended, accepted_at) "
                                             "VALUES (:problem, :kind, :started, :ended, :accepted_at)", row).lastrowid
                added += 1
            for row in data["tables"].get("mocks", []):
                old = row.pop("id")
                mock_ids[old] = c.execute("INSERT INTO mocks(started, ended, minutes, problems, report) "
                                          "VALUES (:started, :ended, :minutes, :problems, :report)", row).lastrowid
                added += 1
            for row in data["tables"].get("checks", []):
                row.pop("id")
                row["session_id"] = session_ids.get(row.get("session_id"))
                row["mock_id"] = mock_ids.get(row.get("mock_id"))
                c.execute("INSERT INTO checks(at, problem, file, verdict, sandbox, seconds, rubric, pass_bar, "
                          "session_id, mock_id) VALUES (:at, :problem, :file, :verdict, :sandbox, :seconds, :rubric, "
                          ":pass_bar, :session_id, :mock_id)", row)
                added += 1
            for row in data["tables"].get("self_scores", []):
                row.pop("id")
                row["mock_id"] = mock_ids.get(row["mock_id"], row["mock_id"])
                c.execute("INSERT INTO self_scores(mock_id, problem, dimension, score, by) "
                          "VALUES (:mock_id, :problem, :dimension, :score, :by)", row)
                added += 1
            for row in data["tables"].get("hints", []):
                row.pop("id")
                c.execute("INSERT INTO hints(at, problem, level) VALUES (:at, :problem, :level)", row)
                added += 1
            for row in data["tables"].get("cards", []):
                c.execute("INSERT INTO cards(problem, card, due) VALUES (:problem, :card, :due) "
                          "ON CONFLICT(problem) DO UPDATE SET card = excluded.card, due = excluded.due "
                          "WHERE excluded.due > cards.due", row)
                added += 1
        return added
