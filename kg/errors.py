"""Errors the user can act on. The CLI prints their message on one line and exits 2."""


class KGError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(KGError):
    """The input is not an article the builder can read (empty, binary, HTML, wrong encoding ...)."""


class ValidationFailed(KGError):
    """The graph does not conform to the shapes; `report` holds the readable report."""

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report
