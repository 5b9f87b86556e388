"""Running the clauselens command as a subprocess, as a user would."""

import os
import subprocess
import sys


def run_clauselens(*arguments, cwd=None, env=None, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clauselens", *arguments],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def one_line(stderr: str) -> str:
    """The single line a refusal prints; fails when there is more, or a traceback."""
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]
