"""Core services: what the CLI, the windows and the devices ask of the queue."""
