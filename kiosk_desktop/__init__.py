"""Một Cửa core: queue rules, services, settings and CLI. Knows no screen (no Qt import here)."""

__version__ = "0.1.0"
