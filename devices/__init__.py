"""Devices: ticket printers, serial counter displays and keypads, voice announcers.

Each sits behind a small interface with a simulator (the devices issue fills this package)."""
