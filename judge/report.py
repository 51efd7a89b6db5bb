"""The report: records of one judged submission, and their JSON form (schema-checked)."""
from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

import jsonschema

from practice import __version__

SCHEMA_ID = "practice/report/1"


@dataclass
class TestRecord:
    name: str
    kind: str  # sample | edge | hidden | property | complexity
    status: str  # passed | failed | skipped
    verdict: str | None = None
    message: str = ""
    cpu_ms: float | None = None


@dataclass
class StageRecord:
    name: str
    status: str  # passed | failed | skipped
    passed: int = 0
    total: int = 0
    seconds: float = 0.0
    message: str = ""


@dataclass
class Failure:
    name: str
    kind: str
    verdict: str
    message: str
    input: str | None = None  # None for hidden cases before the candidate passes
    expected: str | None = None
    got: str | None = None
    output: str = ""
    traceback: str = ""


@dataclass
class ComplexityPart:
    estimated: str | None
    budget: str
    optimal: str
    within_budget: bool | None
    optimal_met: bool | None
    confidence: float
    explanation: str
    evidence: dict = field(default_factory=dict)


@dataclass
class RubricLine:
    dimension: str
    score: int | None  # 1-4; None where a machine cannot judge
    evidence: str


@dataclass
class Report:
    problem: str
    title: str
    file: str
    verdict: str
    sandbox: str
    isolated: bool
    summary: str
    style: str | None = None
    stages: list[StageRecord] = field(default_factory=list)
    tests: list[TestRecord] = field(default_factory=list)
    first_failure: Failure | None = None
    complexity: dict[str, ComplexityPart] | None = None
    rubric: list[RubricLine] = field(default_factory=list)
    overall: dict | None = None  # {"pass_bar_met": bool, "improve": [sentences]}
    analysis: dict = field(default_factory=dict)  # raw evidence behind testing and clarity
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["schema"] = SCHEMA_ID
        d["judge_version"] = __version__
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Report":
        """A report read back from its JSON form (the cache), with its records rebuilt."""
        d = {k: v for k, v in d.items() if k not in ("schema", "judge_version")}
        d["stages"] = [StageRecord(**x) for x in d.get("stages", [])]
        d["tests"] = [TestRecord(**x) for x in d.get("tests", [])]
        d["first_failure"] = Failure(**d["first_failure"]) if d.get("first_failure") else None
        d["complexity"] = {k: ComplexityPart(**v) for k, v in d["complexity"].items()} if d.get("complexity") else None
        d["rubric"] = [RubricLine(**x) for x in d.get("rubric", [])]
        return cls(**d)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


@functools.cache
def report_schema() -> dict:
    return json.loads(resources.files("practice.judge").joinpath("schemas/report.schema.json").read_text())


def validate_report(data: dict) -> None:
    """Raise jsonschema.ValidationError when a report breaks the published schema."""
    jsonschema.validate(data, report_schema(), cls=jsonschema.Draft202012Validator)
