"""Bytes to text: gzip, binary sniffing and encoding detection."""
from __future__ import annotations

import gzip
import zlib

from charset_normalizer import from_bytes

from ..errors import BinaryInputError, EncodingInputError, TooLargeInputError, TruncatedInputError

GZIP_MAGIC = b"\x1f\x8b"
# Signatures of common binary formats that are never articles.
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF",
                b"BZh", b"7z\xbc\xaf", b"Rar!", b"\x00\x00\x01\x00", b"RIFF", b"OggS",
                b"ID3", b"\xd0\xcf\x11\xe0")


def gunzip(data: bytes, where: str, max_bytes: int) -> bytes:
    """Decompress a gzip stream, refusing truncated streams and outputs over the cap."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        view = data
        while view:
            out += decomp.decompress(view, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise TooLargeInputError(
                    f"decompressed size exceeds the cap of {max_bytes:,} bytes", where=where,
                    hint="raise IngestOptions.max_bytes / --max-bytes to read it")
            view = decomp.unconsumed_tail
            if decomp.eof and decomp.unused_data:
                # a concatenated gzip member follows (as in .warc.gz)
                view = decomp.unused_data
                decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        if not decomp.eof:
            raise TruncatedInputError("gzip stream ends early (truncated download?)", where=where,
                                      hint="download the file again")
    except zlib.error as exc:
        raise TruncatedInputError(f"corrupt gzip data ({exc})", where=where,
                                  hint="download the file again") from exc
    return bytes(out)


def is_gzip(data: bytes) -> bool:
    return data[:2] == GZIP_MAGIC


def looks_binary(data: bytes) -> bool:
    """True for known binary signatures or text with NUL / many control bytes."""
    head = data[:4096]
    if head.startswith(BINARY_MAGIC):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):    # UTF-16 with BOM is text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes, where: str) -> str:
    """Decode bytes as UTF-8 when valid, else the most likely encoding.

    Mixed encodings (mostly UTF-8 with stray Latin-1/cp1252 bytes) are repaired line by
    line instead of failing the whole file.
    """
    if looks_binary(data):
        raise BinaryInputError("binary content, not text", where=where,
                               hint="give text, HTML, RSS/Atom, WARC or JSONL files")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingInputError(f"invalid UTF-16 ({exc})", where=where) from exc
    # Mostly UTF-8? Then repair the odd lines (mixed encodings).
    lines = data.split(b"\n")
    bad = 0
    fixed = []
    for line in lines:
        try:
            fixed.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            bad += 1
            fixed.append(line.decode("cp1252", errors="replace"))
    has_multibyte = any(b >= 0xC2 for b in data) and bad < len(lines)
    if has_multibyte and bad <= max(1, len(lines) // 4) and _has_valid_utf8_multibyte(data):
        return "\n".join(fixed)
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise EncodingInputError("cannot detect the text encoding", where=where,
                                 hint="convert the file to UTF-8")
    return str(best)


def _has_valid_utf8_multibyte(data: bytes) -> bool:
    """True when at least one line has non-ASCII bytes that are valid UTF-8."""
    for line in data.split(b"\n"):
        if any(b >= 0x80 for b in line):
            try:
                line.decode("utf-8")
                return True
            except UnicodeDecodeError:
                continue
    return False


def _western(data: bytes) -> str | None:
    """cp1252 text when its accented letters sit inside otherwise ASCII words ("Café",
    "résumé"), as in Western European text; charset-normalizer often guesses an exotic
    code page for such short texts. Cyrillic or Greek single-byte text read as cp1252
    gives words made only of accented letters ("Ìîñêâà") and is left to the detector."""
    import re
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return None
    mixed = sum(1 for w in words if any(c.isascii() for c in w))
    return text if mixed / len(words) >= 0.7 else None
