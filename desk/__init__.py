"""desk — a terminal news desk for journalists."""

__version__ = "0.1.0"
