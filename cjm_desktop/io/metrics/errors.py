"""The error metric import raises when its settings do not fit the table."""


class ImportSpecError(ValueError):
    """The import settings do not fit the table; ``str()`` says what to change."""
