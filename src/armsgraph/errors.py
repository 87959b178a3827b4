"""Errors with stable codes users can search for.

Every error says what went wrong, where (file, line, record) and what to do.
Codes: AG1xx input, AG2xx cleaning, AG3xx entities, AG4xx claims, AG5xx store, AG6xx API.
"""
from __future__ import annotations


class ArmsgraphError(Exception):
    code = "AG000"

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message, self.where, self.hint = message, where, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"[{self.code}] "
        if self.where:
            text += f"{self.where}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(ArmsgraphError):
    """A file, record or URL could not be read; the run goes on with the rest."""
    code = "AG100"


class CatalogError(ArmsgraphError):
    """A catalog data file is malformed, or a lookup names an unknown entry."""
    code = "AG300"


class StoreError(ArmsgraphError):
    """The database cannot be used as asked; nothing stored is lost."""
    code = "AG500"
