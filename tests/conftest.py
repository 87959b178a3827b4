"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent,
except in CI (CI=true), where its absence is a failure."""
from __future__ import annotations

import os
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
