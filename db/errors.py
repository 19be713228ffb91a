"""Errors the store raises; every one carries a message fit to show a user on one line."""


class StoreError(Exception):
    """The database cannot be opened, migrated or written."""


class NewerSchemaError(StoreError):
    """The database was made by a newer desk than this one."""
