"""`python -m clauselens` runs the command-line interface."""

from .cli import main

main()
