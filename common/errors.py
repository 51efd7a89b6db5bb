"""Errors a user can act on, each with its own exit code.

Every error carries one sentence saying what is wrong and what to do; the CLI
prints it and exits with `exit_code`. Verdicts are not errors: a wrong answer
exits 1 through the normal report path.
"""
from __future__ import annotations


class PracticeError(Exception):
    """Base class: a problem of the run itself, not of the candidate's code."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class UsageError(PracticeError):
    """Bad input from the user: unknown problem ID, missing file."""

    exit_code = 2


class ProblemPackageError(PracticeError):
    """A problem package is broken: the author must fix the file named."""

    exit_code = 3


class SandboxUnavailable(PracticeError):
    """No backend that may run this code: Docker down, image missing (an environment error: exit 2)."""

    exit_code = 2


class JudgeFault(PracticeError):
    """The judge itself failed; reported as internal_error."""

    exit_code = 5
