"""Run the real `breachkb` in a child process, as a user that file permissions apply to,
and measure its peak memory."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

# root reads a mode-000 file anyway; without these two capabilities it is refused like anyone.
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
# A runaway child must not take the machine down with it: far above what a load needs.
_ADDRESS_SPACE_LIMIT = 8 << 30


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    max_rss_mb: float

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def _as_ordinary_user() -> None:
    """In the child: drop root's permission override, and cap the address space."""
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE_LIMIT, _ADDRESS_SPACE_LIMIT))
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop root's file-permission override")


def run_breachkb(*args: str, cwd: Path | None = None, timeout: float = 300) -> Run:
    """`breachkb ARGS` in a child process that file permissions apply to (even under root)."""
    argv = [sys.executable, "-c", "from kb.cli import main; main()", *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHKB_")}
    env["PYTHONUNBUFFERED"] = "1"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv, stdout=out, stderr=err, cwd=cwd, env=env, preexec_fn=_as_ordinary_user
        )
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024,  # KiB on Linux
        )
