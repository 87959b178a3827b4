"""Store errors: each says what went wrong, where, and what to do. Nothing stored is lost."""
from __future__ import annotations

from ..errors import StoreError


class StoreUnreachable(StoreError):
    """The database cannot be opened or reached (server down, bad URL, no permission)."""
    code = "AG501"


class SchemaTooNew(StoreError):
    """The database was written by a newer armsgraph (higher schema version)."""
    code = "AG502"


class StoreLocked(StoreError):
    """Another process holds the write lock for longer than the busy timeout."""
    code = "AG503"


class CorruptRow(StoreError):
    """A stored row cannot be decoded (hand-edited or damaged database)."""
    code = "AG504"


class DocumentRejected(StoreError):
    """One input document is inconsistent (bad offsets, unknown claim type); it is skipped."""
    code = "AG505"


class BadQuery(StoreError):
    """A query filter or export option has an invalid value."""
    code = "AG506"


class SipriFormatError(StoreError):
    """A SIPRI export file is not in one of the known layouts."""
    code = "AG507"
