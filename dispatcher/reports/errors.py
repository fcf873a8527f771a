"""The one error a report raises, apart so the command line can name it without loading reports."""


class ReportError(ValueError):
    """A report that cannot be made as asked (unknown driver, bad period)."""
