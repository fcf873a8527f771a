"""dispatcher: stay-limit planning for small trucking carriers, offline."""

__version__ = "0.1.0"
