"""Service settings: embedded defaults, overridden by environment variables or a mapping."""

import os
from pathlib import Path

import platformdirs

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
EXTENSION_ORIGINS = (r"^chrome-extension://[a-p]{32}$", r"^moz-extension://[0-9a-f-]{36}$")


def data_dir() -> Path:
    """Where the service keeps its files: ``$CLAUSELENS_DATA`` or the user's data directory."""
    configured = os.environ.get("CLAUSELENS_DATA")
    return Path(configured) if configured else Path(platformdirs.user_data_dir("clauselens"))


def default_config() -> dict:
    extra_origins = [o.strip() for o in os.environ.get("CLAUSELENS_CORS_ORIGINS", "").split(",") if o.strip()]
    return {
        "MAX_CONTENT_LENGTH": int(os.environ.get("CLAUSELENS_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)),
        "CLAUSELENS_CORS_ORIGINS": extra_origins,
        "CLAUSELENS_DATA": str(data_dir()),
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
    }
