"""One connection to SQLite or PostgreSQL behind the same small interface.

SQL is written once with ``?`` placeholders; the PostgreSQL side turns them into ``%s``.
Database errors become StoreErrors with codes (AG501 unreachable, AG503 locked, ...).
All calls go through one lock, so one Store can serve the threads of the HTTP API.
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

from .errors import CorruptRow, StoreError, StoreLocked, StoreUnreachable



def busy_timeout() -> float:
    """Seconds to wait for a lock held by another writer ($ARMSGRAPH_DB_TIMEOUT, default 10)."""
    try:
        return float(os.environ.get("ARMSGRAPH_DB_TIMEOUT", "10"))
    except ValueError:
        return 10.0


def parse_url(url: str | None) -> tuple[str, str]:
    """-> (dialect, target): ("sqlite", path) or ("postgresql", conninfo URL)."""
    url = url or os.environ.get("ARMSGRAPH_DB") or "armsgraph.db"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    if url.startswith("sqlite:///"):
        return "sqlite", url[len("sqlite:///"):] or ":memory:"
    if url.startswith("sqlite://"):
        return "sqlite", url[len("sqlite://"):] or ":memory:"
    if re.match(r"^[a-z][a-z0-9+.-]*://", url):
        raise StoreUnreachable(f"unsupported database URL scheme in {url.split('://')[0]}://",
                               hint="use a file path, sqlite:///path or postgresql://...")
    return "sqlite", url


def _redact(url: str) -> str:
    return re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", url)


class Backend:
    """A connection plus its dialect. Use `tx()` for a write transaction."""

    def __init__(self, url: str | None = None):
        self.dialect, self.target = parse_url(url)
        self.where = _redact(self.target)
        self.lock = threading.RLock()
        self._in_tx = False
        self.timeout = busy_timeout()
        if self.dialect == "sqlite":
            self._open_sqlite()
        else:
            self._open_postgres()

    # -- opening -------------------------------------------------------------------------
    def _open_sqlite(self) -> None:
        path = self.target
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreUnreachable("the folder for the database does not exist",
                                       where=path, hint=f"create {parent} first")
        try:
            self.conn = sqlite3.connect(path, timeout=self.timeout, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            self.journal_mode = mode
        except sqlite3.DatabaseError as exc:
            raise self._translate(exc) from exc

    def _open_postgres(self) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreUnreachable("psycopg is not installed", hint="pip install psycopg[binary]") from exc
        try:
            self.conn = psycopg.connect(self.target, autocommit=True, row_factory=dict_row,
                                        connect_timeout=max(1, int(self.timeout)))
            self.conn.execute("SELECT set_config('lock_timeout', %s, false)", (f"{int(self.timeout * 1000)}ms",))
        except psycopg.Error as exc:
            raise StoreUnreachable(f"cannot connect to PostgreSQL: {str(exc).strip().splitlines()[0]}",
                                   where=self.where,
                                   hint="check that the server runs and the URL, user and "
                                        "database are right") from exc
        self.journal_mode = "postgresql"

    # -- errors --------------------------------------------------------------------------
    def _translate(self, exc: Exception) -> StoreError:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if self.dialect == "sqlite":
            low = text.lower()
            if "locked" in low or "busy" in low:
                return StoreLocked(f"the database is locked by another process ({text})",
                                   where=self.where,
                                   hint="wait for the other armsgraph process to finish, or "
                                        "raise ARMSGRAPH_DB_TIMEOUT")
            if "malformed" in low or "not a database" in low or "corrupt" in low:
                return CorruptRow(f"the database file is damaged ({text})", where=self.where,
                                  hint="restore it from a backup or `sqlite3 FILE .recover`")
            if "unable to open" in low or "readonly" in low or "read-only" in low:
                return StoreUnreachable(f"cannot open or write the database ({text})",
                                        where=self.where, hint="check the path and permissions")
            return StoreError(f"SQLite error: {text}", where=self.where)
        import psycopg
        if isinstance(exc, psycopg.errors.LockNotAvailable):
            return StoreLocked(f"a lock was not granted in time ({text})", where=self.where,
                               hint="another writer holds it; retry later")
        if isinstance(exc, psycopg.OperationalError):
            return StoreUnreachable(f"PostgreSQL connection failed ({text})", where=self.where,
                                    hint="check that the server runs")
        return StoreError(f"PostgreSQL error: {text}", where=self.where)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    # -- statements ----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.lock:
            try:
                return self.conn.execute(self._sql(sql), tuple(params))
            except (sqlite3.Error,) as exc:
                raise self._translate(exc) from exc
            except Exception as exc:
                if self.dialect == "postgresql" and type(exc).__module__.startswith("psycopg"):
                    raise self._translate(exc) from exc
                raise

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self.lock:
            try:
                if self.dialect == "sqlite":
                    self.conn.executemany(sql, rows)
                else:
                    with self.conn.cursor() as cur:
                        cur.executemany(self._sql(sql), rows)
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc
            except Exception as exc:
                if self.dialect == "postgresql" and type(exc).__module__.startswith("psycopg"):
                    raise self._translate(exc) from exc
                raise

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.lock:
            cur = self.execute(sql, params)
            try:
                return [dict(row) for row in cur.fetchall()]
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc

    def iterate(self, sql: str, params: Sequence[Any] = (), size: int = 5000) -> Iterator[dict[str, Any]]:
        """Rows one by one without loading the whole result (a server-side cursor on
        PostgreSQL). Hold no other statement on this connection while iterating."""
        with self.lock:
            try:
                if self.dialect == "sqlite":
                    cur = self.conn.execute(sql, tuple(params))
                    while True:
                        rows = cur.fetchmany(size)
                        if not rows:
                            return
                        for row in rows:
                            yield dict(row)
                else:
                    with self.conn.cursor(name=f"it{id(self)}") as cur:
                        cur.itersize = size
                        cur.execute(self._sql(sql), tuple(params))
                        for row in cur:
                            yield dict(row)
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc

    def scalar_within(self, sql: str, params: Sequence[Any], seconds: float) -> Any:
        """A scalar query given at most `seconds`; None when it ran out of time."""
        import time
        with self.lock:
            if self.dialect == "sqlite":
                deadline = time.perf_counter() + seconds
                self.conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
                try:
                    return self.scalar(sql, params)
                except StoreError as exc:
                    if "interrupted" in str(exc):
                        return None
                    raise
                finally:
                    self.conn.set_progress_handler(None, 0)
            import psycopg
            if self._in_tx:
                return self.scalar(sql, params)
            try:
                with self.conn.transaction():
                    self.conn.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
                    row = self.conn.execute(self._sql(sql), tuple(params)).fetchone()
                    return None if row is None else next(iter(row.values()))
            except psycopg.errors.QueryCanceled:
                return None
            except psycopg.Error as exc:
                raise self._translate(exc) from exc

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else next(iter(row.values()))

    def script(self, statements: Sequence[str]) -> None:
        for stmt in statements:
            if stmt.strip():
                self.execute(stmt)

    @contextmanager
    def tx(self) -> Iterator["Backend"]:
        """One write transaction; rolled back on any exception. Writers are serialised
        (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-level advisory lock)."""
        with self.lock:
            if self._in_tx:  # nested: join the outer transaction
                yield self
                return
            try:
                if self.dialect == "sqlite":
                    self.conn.execute("BEGIN IMMEDIATE")
                else:
                    self.conn.execute("BEGIN")
                    self.conn.execute("SELECT pg_advisory_xact_lock(7261001)")
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc
            except Exception as exc:
                if type(exc).__module__.startswith("psycopg"):
                    try:
                        self.conn.execute("ROLLBACK")
                    except Exception:
                        pass
                    raise self._translate(exc) from exc
                raise
            self._in_tx = True
            try:
                yield self
            except BaseException:
                self._in_tx = False
                try:
                    self.conn.execute("ROLLBACK")
                except Exception:  # connection lost: the server rolls back by itself
                    pass
                raise
            self._in_tx = False
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise self._translate(exc) from exc
            except Exception as exc:
                if type(exc).__module__.startswith("psycopg"):
                    raise self._translate(exc) from exc
                raise

    def next_id(self, table: str) -> int:
        """Ids are given by the writer (max + 1) so a crashed and re-run ingest ends with
        exactly the ids of an uninterrupted run (PostgreSQL sequences are not rolled back)."""
        return int(self.scalar(f"SELECT COALESCE(MAX(id), 0) + 1 AS n FROM {table}"))

    def close(self) -> None:
        with self.lock:
            try:
                self.conn.close()
            except Exception:
                pass
