"""Fixtures shared by the concurrency tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.app import App
from tests.concurrency.support import CENTRE
from tests.helpers import load_centre


@pytest.fixture
def hall(app: App, tmp_path: Path) -> App:
    load_centre(app, tmp_path, CENTRE)
    return app
