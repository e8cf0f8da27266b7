"""The business day: the local date at the centre, from the database's clock."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def business_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()
