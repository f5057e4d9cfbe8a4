"""Writing outputs: regular files atomically, special files written through, never replaced; one error line."""
import errno
import os
import select
import stat
import tempfile
import threading

import pytest

from kg.output import OutputError, write_atomically


def test_regular_file_is_replaced_and_no_temporary_is_left(tmp_path):
    target = tmp_path / "g.ttl"
    write_atomically(target, b"x")
    write_atomically(target, b"yz")
    assert target.read_bytes() == b"yz"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_symlink_is_followed_and_kept(tmp_path):
    real = tmp_path / "data" / "real.ttl"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.ttl"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.ttl"]


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "latest.ttl"
    link.symlink_to(tmp_path / "made.ttl")
    write_atomically(link, b"new")
    assert link.is_symlink() and (tmp_path / "made.ttl").read_bytes() == b"new"


def test_symlink_to_a_device_writes_through_it(tmp_path):
    link = tmp_path / "sink.ttl"
    link.symlink_to("/dev/null")
    write_atomically(link, b"graph")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["sink.ttl"]


def test_full_device_is_one_error(tmp_path):
    link = tmp_path / "full.ttl"
    link.symlink_to("/dev/full")
    with pytest.raises(OutputError) as e:
        write_atomically(link, b"graph")
    assert str(e.value).startswith(f"cannot write {link}: No space left on device")
    assert link.is_symlink()


def test_fifo_is_written_through_to_its_reader(tmp_path):
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    received = []
    ready = threading.Event()

    def reader():
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        ready.set()
        select.select([fd], [], [], 5)  # until the writer comes: a read before it would see end of file
        os.set_blocking(fd, True)
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        os.close(fd)
        received.append(b"".join(chunks))

    t = threading.Thread(target=reader)
    t.start()
    ready.wait(5)
    write_atomically(fifo, b"@prefix x: <y> .\n")
    t.join(5)
    assert received == [b"@prefix x: <y> .\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_fifo_without_reader_is_an_error_not_a_hang(tmp_path):
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="FIFO and nothing reads from it"):
        write_atomically(fifo, b"graph")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_folder_is_an_error(tmp_path):
    with pytest.raises(OutputError, match="it is a folder"):
        write_atomically(tmp_path, b"graph")


def test_symlink_loop_is_named(tmp_path):
    loop = tmp_path / "loop.ttl"
    loop.symlink_to(loop)
    with pytest.raises(OutputError, match="Too many levels of symbolic links; the path is a loop"):
        write_atomically(loop, b"graph")


def test_read_only_disk_is_one_error_and_leaves_nothing(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OutputError) as e:
        write_atomically(tmp_path / "g.ttl", b"graph")
    assert str(e.value) == (f"cannot write {tmp_path / 'g.ttl'}: Read-only file system; "
                            "choose a folder you can write to (--output FILE or --out-dir DIR)")
    assert list(tmp_path.iterdir()) == []


def test_disk_full_while_writing_leaves_nothing(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="No space left on device; free some space or write elsewhere"):
        write_atomically(tmp_path / "g.ttl", b"graph")
    assert list(tmp_path.iterdir()) == []


def test_dash_is_standard_output(capfdbinary):
    write_atomically("-", b"graph\n")
    assert capfdbinary.readouterr().out == b"graph\n"
