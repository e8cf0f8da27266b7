"""Ticket printing in the core: printer addresses, printer settings, the ticket layout and the
print-integrity service. No device library here: adapters live in `devices/printers/`."""
