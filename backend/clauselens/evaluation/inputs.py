"""Reading the files an evaluation scores; a file that cannot be used raises EvaluationInputError."""

from pathlib import Path


class EvaluationInputError(ValueError):
    """A split or a tagged document that cannot be read; the message names the file (and line)."""


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise EvaluationInputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as failure:
        raise EvaluationInputError(f"{path}: cannot read it as UTF-8 text ({failure})") from None
