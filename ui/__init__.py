"""PySide6 windows, one module per role. Talks to the core services, never to SQL.

The floor issue fills this package; the foundation keeps it empty on purpose."""
