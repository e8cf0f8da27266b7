"""Every table, registered on one metadata: import Base from here for migrations and tests."""

from db import device_schema, intake_schema  # noqa: F401  (importing registers the tables)
from db.schema import Base

__all__ = ["Base"]
