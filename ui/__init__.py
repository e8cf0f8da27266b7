"""PySide6 windows, one module per window or widget. Talks to the core services, never to SQL.

Roles (`kiosk-desktop run --role ROLE`, ui/roles.py): kiosk_window, reception_window,
counter_window, display_window, counter_display_window. Shared parts: operations (core calls off
the GUI thread), feed_bridge + floor_state (the live queue from the event feed), banner (trouble
strip), theme (font, colours), i18n (translations). The demo: demo_windows, demo_script."""
