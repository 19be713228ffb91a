"""The one error readers raise: a reason fit for one line on stderr."""


class IngestError(Exception):
    """This input cannot be ingested; `str(exc)` says why in a few words."""
