"""Shared fixtures.

Tests that need ../shared skip with a reason when it is absent, except in CI (CI=true),
where its absence is a failure.

PostgreSQL: ``pg_admin_url`` is $ARMSGRAPH_TEST_PG (a URL to a server where we may create
databases), or a throwaway server started once per session: initdb + pg_ctl in a temporary
folder, on 127.0.0.1 and a free port, run as the `postgres` user when we are root (the
server refuses to run as root), stopped at the end. ``pg_database()`` makes an empty
database on it for one test.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARMSGRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """Path of ../shared; skips outside CI when it is missing."""
    if not (SHARED / "gold").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing; CI needs ../shared beside the checkout")
        pytest.skip(f"{SHARED} not found (a fresh clone has no ../shared)")
    return SHARED


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.bin = _pg_bin()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries (initdb) found; run `make system`")
        self.dir = Path(tempfile.mkdtemp(prefix="armsgraph-pg-"))
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            runner = shutil.which("runuser")
            self.as_user = [runner, "-u", "postgres", "--"] if runner else ["su", "postgres", "-c"]
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, args: list[str]) -> None:
        if self.as_user and self.as_user[0] == "su":
            cmd = self.as_user + [" ".join(args)]
        else:
            cmd = self.as_user + args
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)

    def start(self) -> str:
        data = self.dir / "data"
        self._run([str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", self.user,
                   "-E", "UTF8", "--no-locale"])
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
                f"-c full_page_writes=off -c max_connections=50 -c shared_buffers=64MB")
        self._run([str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.dir / "log"),
                   "-o", opts, "-w", "-t", "60", "start"])
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url():
    """A PostgreSQL URL on a server where we may CREATE DATABASE."""
    url = os.environ.get("ARMSGRAPH_TEST_PG")
    if url:
        yield url
        return
    server = PgServer()
    try:
        yield server.start()
    finally:
        server.stop()


_counter = itertools.count()


@pytest.fixture
def pg_database(request):
    """A factory of empty PostgreSQL databases on the session's server, dropped after the
    test: ``url = pg_database()``."""
    made: list[tuple[str, str]] = []

    def make() -> str:
        import psycopg
        admin = request.getfixturevalue("pg_admin_url")
        name = f"ag_test_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        made.append((admin, name))
        return admin.rsplit("/", 1)[0] + "/" + name

    yield make
    import psycopg
    for admin, name in made:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
