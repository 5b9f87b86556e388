"""Team tokens: made from 256 random bits, shown once, stored only as a SHA-256 hash; roles.

A fast hash is enough here, unlike for passwords: a slow hash (bcrypt, Argon2) exists to make
guessing low-entropy secrets expensive, but a token is 32 bytes from ``secrets`` and cannot be
guessed whatever the hash costs. A plain digest also lets a request find its token with one
indexed lookup, and the database never holds anything that works as a token.
"""

import hashlib
import secrets

ROLES = ("reader", "publisher", "admin")
"""Each role may do what the roles before it may: read and use packs, publish, manage tokens."""

TOKEN_PREFIX = "clt_"
"""Marks a clauselens token, so that secret scanners and people can recognise one."""

TOKEN_BYTES = 32


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def role_allows(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)
