"""clauselens: find, explain and track the risky clauses in legal pages."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clauselens")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
