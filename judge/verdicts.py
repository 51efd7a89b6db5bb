"""The verdicts, exactly these, and how a run's verdict is chosen from its parts."""
from __future__ import annotations

from enum import Enum


class Verdict(str, Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TOO_SLOW = "too_slow"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
    RUNTIME_ERROR = "runtime_error"
    COMPILE_ERROR = "compile_error"
    INVALID_SUBMISSION = "invalid_submission"
    INTERNAL_ERROR = "internal_error"

    def __str__(self) -> str:
        return self.value


# What a failing call's status from the runner means for the verdict.
STATUS_TO_VERDICT = {
    "time_limit_exceeded": Verdict.TIME_LIMIT_EXCEEDED,
    "memory_limit_exceeded": Verdict.MEMORY_LIMIT_EXCEEDED,
    "output_limit_exceeded": Verdict.OUTPUT_LIMIT_EXCEEDED,
    "runtime_error": Verdict.RUNTIME_ERROR,
    "bad_result": Verdict.WRONG_ANSWER,
    "compile_error": Verdict.COMPILE_ERROR,
    "invalid_submission": Verdict.INVALID_SUBMISSION,
    "internal_error": Verdict.INTERNAL_ERROR,
}

ALL = [v.value for v in Verdict]
