"""Errors that reach a caller (HTTP client or CLI user) with a stable code and a human message."""


class ClauselensError(Exception):
    """An error the caller caused or must know about: shown as DESIGN §3's error body."""

    status = 400

    def __init__(self, code: str, message: str, *, status: int | None = None, details: dict | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}
        if status is not None:
            self.status = status

    def as_body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}
