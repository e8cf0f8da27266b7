"""The scriptable command line (`kiosk-desktop ...`), for IT staff, scripts and tests."""
