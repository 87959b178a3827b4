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


class EntityError(ArmsgraphError):
    """The entity layer cannot run (e.g. the spaCy model package is missing)."""
    code = "AG310"


class StoreError(ArmsgraphError):
    """The database cannot be used as asked; nothing stored is lost."""
    code = "AG500"


# Specific input problems (added by ingest-clean). All are InputErrors: the run goes on.
class EmptyInputError(InputError):
    """The file or record holds no text."""
    code = "AG101"


class BinaryInputError(InputError):
    """The file is binary (not text, HTML, feed, WARC or JSONL)."""
    code = "AG102"


class EncodingInputError(InputError):
    """The bytes could not be decoded as text in any likely encoding."""
    code = "AG103"


class TruncatedInputError(InputError):
    """A gzip stream or WARC file ends early or is corrupt."""
    code = "AG104"


class MalformedInputError(InputError):
    """HTML, feed or JSONL that cannot be parsed (the record or file is skipped)."""
    code = "AG105"


class TooLargeInputError(InputError):
    """The file or download is larger than the configured cap (IngestOptions.max_bytes)."""
    code = "AG106"


class UnreachableInputError(InputError):
    """A URL could not be fetched (network error, timeout or HTTP error after retries)."""
    code = "AG107"


class MissingInputError(InputError):
    """A path given does not exist or cannot be opened."""
    code = "AG108"


class CleanError(ArmsgraphError):
    """A document was read but cleaning found a problem with it (added by ingest-clean)."""
    code = "AG200"


class NoArticleTextError(CleanError):
    """No article text was left after extraction and cleaning (skip_reason "empty")."""
    code = "AG201"
