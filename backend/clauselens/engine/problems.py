"""What can be wrong with a rule pack, said so that its author can find and fix it."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PackProblem:
    """One thing wrong with a pack: which pack, which rule (if any), which field, and what."""

    pack: str
    field: str
    message: str
    rule: str | None = None

    def __str__(self) -> str:
        where = f"pack {self.pack}"
        if self.rule is not None:
            where += f", rule {self.rule}"
        return f"{where}, field {self.field}: {self.message}"

    def as_dict(self) -> dict:
        return {"pack": self.pack, "rule": self.rule, "field": self.field, "message": self.message}


class PackError(Exception):
    """A pack that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[PackProblem]):
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))
