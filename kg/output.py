"""Writing an output file without ever leaving half of it, and without replacing what the path stands for.

A regular file is written next to its target and renamed over it, so a failed build leaves the old file
(or nothing). What is not a regular file is written through, never replaced: a device (`/dev/null`,
`/dev/stdout`), a FIFO, a terminal, a path through `/proc` or `/dev/fd`. A symbolic link is followed: the
file it points to gets the new content and the link stays. Every failure is one OutputError line."""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from kg.errors import KGError

STREAM_PREFIXES = ("/proc/", "/dev/")  # paths the kernel maps to open streams or devices: never renamed over


class OutputError(KGError):
    """An output path cannot be written (read-only or full disk, a folder, a FIFO nobody reads ...)."""


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write `data` to `path`: atomically for a regular file (through a symlink), straight through for the
    rest. `-` is standard output. Raises OutputError with the reason and what to do."""
    if str(path) == "-":
        _write_to_stdout(data)
        return
    path = Path(path)
    try:
        kind = _kind_of(path)
        if kind == "regular" or kind == "new":
            _replace_file(Path(os.path.realpath(path)) if path.is_symlink() else path, data)
        else:
            _write_through(path, data)
    except OutputError:
        raise
    except OSError as e:
        raise OutputError(f"cannot write {path}: {_reason(e)}; {_advice(e)}") from None


def _kind_of(path: Path) -> str:
    """'new', 'regular', 'stream' (device, FIFO, /proc or /dev path), or an OutputError for what cannot be written."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink() and _is_stream_path(path):
            raise OutputError(f"cannot write {path}: it links to {os.readlink(path)}, which does not exist") from None
        return "new"
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {path}: it is a folder; name a file, or use --out-dir for a folder")
    if stat.S_ISSOCK(st.st_mode):
        raise OutputError(f"cannot write {path}: it is a socket; name a file")
    if stat.S_ISREG(st.st_mode) and not _is_stream_path(path):
        return "regular"
    return "stream"


def _is_stream_path(path: Path) -> bool:
    """True when the path or a link on the way to its target is under /proc or /dev (e.g. /dev/stdout)."""
    current, seen = Path(os.path.abspath(path)), 0
    while True:
        if str(current).startswith(STREAM_PREFIXES):
            return True
        if not current.is_symlink() or seen > 40:
            return False
        target = Path(os.readlink(current))
        current, seen = Path(os.path.abspath(current.parent / target)), seen + 1


def _replace_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a written graph is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _write_through(path: Path, data: bytes) -> None:
    """Open without creating or truncating-by-rename; a FIFO nobody reads is an error, not a hang."""
    flags = os.O_WRONLY | os.O_NONBLOCK | os.O_APPEND  # a file behind /dev/stdout: after what the shell wrote
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ENXIO:
            raise OutputError(f"cannot write {path}: it is a FIFO and nothing reads from it; "
                              "start the reader first") from None
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _write_to_stdout(data: bytes) -> None:
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise OutputError("standard output was closed before the graph was written") from None
    except OSError as e:
        raise OutputError(f"cannot write to standard output: {_reason(e)}") from None


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


def _advice(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "free some space or write elsewhere"
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "choose a folder you can write to (--output FILE or --out-dir DIR)"
    if e.errno == errno.ELOOP:
        return "the path is a loop of symbolic links; fix or remove the link"
    return "choose another --output or --out-dir"
