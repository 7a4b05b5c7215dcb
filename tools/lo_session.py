"""Throwaway headless LibreOffice sessions for tests, examples and benchmarks.

Run with the Python that has the UNO bridge (on Debian: /usr/bin/python3 with
python3-uno installed) and tools/ on the import path (ctest sets PYTHONPATH;
by hand: bash tools/run-python.sh SCRIPT).

    from lo_session import LoSession

    with LoSession(extensions=["build/ortijd.oxt"]) as lo:
        doc = lo.load("tests/integration/example.fods")  # hidden, from a copy
        sheet = doc.Sheets.getByIndex(0)
        cell = sheet.getCellRangeByName("B1")
        cell.setFormula("=ORUREN(7)")
        doc.calculateAll()
        print(cell.getValue())                            # 1516.0
        lo.store(doc, "/tmp/out.ods")                     # any path
    # office terminated (killed if it hangs), profile and temp files removed

What a session does:

* creates a private work directory (under /tmp by default) holding a fresh
  user profile, a HOME, a TMPDIR and a files/ directory;
* when running as root, creates (once) the system user ``ortijd-lo`` and runs
  unopkg and soffice as that user through ``setpriv`` (unopkg refuses to run
  as root without --shared, and an office should not run as root anyway); as
  any other user it runs them as that user;
* copies every extension into the work directory (the repository may live
  where that user cannot read, e.g. /root) and installs it into the profile
  with ``unopkg add -f -s``, before the office starts (Calc only sees new
  add-in functions after a restart);
* starts ``soffice --headless --invisible --nologo --norestore
  --accept=socket,host=127.0.0.1,port=<free port>;urp;`` with
  SAL_USE_VCLPLUGIN=svp and connects with a deadline;
* never leaves office processes behind: on exit (normal or exception) it
  closes documents, terminates the desktop and kills the process group after
  a timeout; a small watchdog process, started first, kills every process of
  the session and removes the work directory even when the Python process
  itself is killed (e.g. by a ctest timeout).

Lifecycle of extensions (for install/remove/reinstall tests):
``add_extension``, ``remove_extension``, ``list_extensions`` stop the office
if it runs, call unopkg, and start it again when ``restart`` is true.

Timings of each step (seconds) are collected in ``LoSession.timings``.
"""

from __future__ import annotations

import functools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Dict, Iterable, Optional, Sequence

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError as exc:  # pragma: no cover - depends on the interpreter
    raise ImportError(
        "lo_session needs the LibreOffice UNO bridge; run it with /usr/bin/python3 "
        "(Debian package python3-uno), not " + sys.executable) from exc

__all__ = [
    "LoSession", "LoSessionError", "props", "file_url", "extension_identifier",
    "office_version", "PROGRAM_DIR", "LO_USER",
]

#: LibreOffice program directory (soffice, unopkg).
PROGRAM_DIR = Path(os.environ.get("ORTIJD_LO_PROGRAM_DIR", "/usr/lib/libreoffice/program"))
#: Unprivileged account used when running as root.
LO_USER = "ortijd-lo"

#: Filters for LoSession.store, chosen by file suffix.
STORE_FILTERS = {
    ".ods": "calc8",
    ".fods": "OpenDocument Spreadsheet Flat XML",
    ".xlsx": "Calc Office Open XML",
    ".xls": "MS Excel 97",
    ".csv": "Text - txt - csv (StarCalc)",
    ".pdf": "calc_pdf_Export",
}

# Exit code with which soffice.bin asks its launcher for a restart.
_RESTART_EXIT_CODE = 81


class LoSessionError(RuntimeError):
    """Raised when the office or unopkg cannot be run; carries log tails.
    A test that meets it could not run: pytest reports it as an error."""


def props(**values) -> tuple:
    """Return a tuple of com.sun.star.beans.PropertyValue from keyword arguments.

    >>> props(Hidden=True, FilterName="calc8")
    """
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


def file_url(path) -> str:
    """Return the file:// URL of a local path (made absolute)."""
    return uno.systemPathToFileUrl(os.path.abspath(os.fspath(path)))


def extension_identifier(oxt) -> str:
    """Return the identifier declared in an .oxt's description.xml."""
    with zipfile.ZipFile(oxt) as z:
        text = z.read("description.xml").decode("utf-8")
    m = re.search(r"<identifier\s+value\s*=\s*\"([^\"]+)\"", text)
    if not m:
        raise LoSessionError(f"{oxt}: description.xml has no <identifier value=...>")
    return m.group(1)


@functools.lru_cache(maxsize=None)
def office_version() -> tuple:
    """(major, minor, "7.4.7.2") of the office in PROGRAM_DIR, from
    `soffice --version` (prints the version and exits: no profile, no
    office session). Raises LoSessionError when there is no office."""
    try:
        out = subprocess.run([str(PROGRAM_DIR / "soffice"), "--version"], capture_output=True,
                             text=True, timeout=60, stdin=subprocess.DEVNULL).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LoSessionError(f"{PROGRAM_DIR / 'soffice'} --version: {exc}") from None
    m = re.search(r"LibreOffice (\d+)\.(\d+)(\.[\d.]*)?", out)
    if not m:
        raise LoSessionError(f"{PROGRAM_DIR / 'soffice'} --version printed no version: {out!r}")
    return int(m.group(1)), int(m.group(2)), m.group(0).split()[1]


# --------------------------------------------------------------------------
# Watchdog: a separate process that outlives us long enough to clean up.

_WATCHDOG_CODE = r"""
import os, shutil, signal, sys, time
groups, marker, workdir, uid = set(), None, None, None
for line in sys.stdin:
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "watch": groups.add(int(arg))
    elif cmd == "unwatch": groups.discard(int(arg))
    elif cmd == "marker": marker = arg
    elif cmd == "workdir": workdir = arg
    elif cmd == "uid": uid = int(arg)
    elif cmd == "done": workdir = None; groups.clear(); marker = None; uid = None
# stdin closed: our parent finished or died; kill what is left.
for g in groups:
    try: os.killpg(g, signal.SIGKILL)
    except OSError: pass
if marker:
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid(): continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if marker.encode() in f.read(): os.kill(int(pid), signal.SIGKILL)
        except OSError: pass
if groups or marker:
    time.sleep(0.5)  # let the killed processes go (their files, sockets)
if workdir:
    shutil.rmtree(workdir, ignore_errors=True)
if uid is not None:  # IPC sockets of killed offices (see _remove_stale_pipes)
    try:
        with open("/proc/net/unix") as f:
            bound = {l.split()[-1] for l in f.read().splitlines()[1:] if len(l.split()) > 7}
        for name in os.listdir("/tmp"):
            p = "/tmp/" + name
            if name.startswith("OSL_PIPE_%d_" % uid) and p not in bound \
                    and os.lstat(p).st_uid == uid:
                os.unlink(p)
    except OSError:
        pass
"""


class _Watchdog:
    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG_CODE], stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, text=True)

    def send(self, line: str) -> None:
        try:
            self._proc.stdin.write(line + "\n")
            self._proc.stdin.flush()
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        self.send("done")
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()


# --------------------------------------------------------------------------

def _ensure_user(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    r = subprocess.run(
        ["useradd", "--system", "--user-group", "--no-create-home",
         "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name],
        capture_output=True, text=True)
    try:  # a parallel session may have created it meanwhile (exit code 9)
        return pwd.getpwnam(name)
    except KeyError:
        raise LoSessionError(f"useradd {name} failed: {r.stderr.strip()}") from None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


class LoSession:
    """A headless office with a throwaway profile; use as a context manager.

    Parameters
    ----------
    extensions:
        Paths of .oxt files installed into the profile before the office starts.
    start:
        Start the office on ``__enter__`` (default). With False only the work
        directory and extensions are prepared; call ``start()`` yourself.
    timeout:
        Seconds allowed for the office to accept connections, for unopkg, and
        for a clean shutdown before processes are killed.
    env:
        Extra environment variables for unopkg and soffice (e.g.
        ``{"SC_NO_THREADED_CALCULATION": "1"}``).
    tmp_root:
        Directory in which the work directory is created (must be traversable
        by the office user; default /tmp).
    keep_workdir:
        Keep the work directory after the session (for debugging); its path
        is printed to stderr.
    verbose:
        Print each step and its duration to stderr.

    Attributes
    ----------
    desktop, ctx, smgr:
        The remote com.sun.star.frame.Desktop, component context and service
        manager (valid while the office runs).
    workdir, files_dir, profile_dir:
        Paths inside the session's work directory; ``files_dir`` is readable
        and writable by the office.
    timings:
        Seconds per step: ``install:<name>``, ``start`` (process launch until
        the desktop answers), ``stop``; repeated steps keep the last value and
        ``start_count`` counts starts.
    """

    def __init__(self, extensions: Iterable = (), *, start: bool = True,
                 timeout: float = 90.0, env: Optional[Dict[str, str]] = None,
                 tmp_root=None, keep_workdir: bool = False,
                 verbose: bool = False) -> None:
        self.extensions = [Path(e) for e in extensions]
        self._autostart = start
        self.timeout = timeout
        self.extra_env = dict(env or {})
        self.tmp_root = Path(tmp_root) if tmp_root else Path("/tmp")
        self.keep_workdir = keep_workdir
        self.verbose = verbose
        self.timings: Dict[str, float] = {}
        self.desktop = self.ctx = self.smgr = None
        self.workdir: Optional[Path] = None
        self._proc: Optional[subprocess.Popen] = None
        self._watchdog: Optional[_Watchdog] = None
        self._log = None
        self.port: Optional[int] = None
        if os.geteuid() == 0:
            self._pw = _ensure_user(LO_USER)
            self._as_user = ["setpriv", f"--reuid={self._pw.pw_uid}",
                             f"--regid={self._pw.pw_gid}", "--clear-groups", "--"]
        else:
            self._pw = pwd.getpwuid(os.geteuid())
            self._as_user = []

    # -- context manager ---------------------------------------------------
    def __enter__(self) -> "LoSession":
        try:
            self.prepare()
            for oxt in self.extensions:
                self._unopkg_add(oxt)
            if self._autostart:
                self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- paths ---------------------------------------------------------------
    @property
    def user(self) -> str:
        """Name of the account that runs the office."""
        return self._pw.pw_name

    @property
    def profile_dir(self) -> Path:
        return self.workdir / "profile"

    @property
    def files_dir(self) -> Path:
        return self.workdir / "files"

    @property
    def profile_url(self) -> str:
        return file_url(self.profile_dir)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _say(self, msg: str) -> None:
        if self.verbose:
            print(f"[lo_session] {msg}", file=sys.stderr, flush=True)

    def _chown(self, path: Path) -> None:
        if self._as_user:
            os.chown(path, self._pw.pw_uid, self._pw.pw_gid)

    def prepare(self) -> None:
        """Create the work directory and the watchdog (done by __enter__)."""
        if self.workdir is not None:
            return
        self._watchdog = _Watchdog()
        self.workdir = Path(tempfile.mkdtemp(prefix="ortijd-lo-", dir=self.tmp_root))
        if not self.keep_workdir:
            self._watchdog.send(f"workdir {self.workdir}")
        self._watchdog.send(f"marker {self.workdir}")
        self._watchdog.send(f"uid {self._pw.pw_uid}")
        self._chown(self.workdir)
        for sub in ("profile", "home", "tmp", "files", "ext"):
            (self.workdir / sub).mkdir()
            self._chown(self.workdir / sub)
        self._say(f"work directory {self.workdir} (user {self.user})")

    def _env(self) -> Dict[str, str]:
        home = str(self.workdir / "home")
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "USER": self.user,
            "LOGNAME": self.user,
            "TMPDIR": str(self.workdir / "tmp"),
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_CACHE_HOME": home + "/.cache",
            "XDG_RUNTIME_DIR": str(self.workdir / "tmp"),
            "LANG": "C.UTF-8",
            "SAL_USE_VCLPLUGIN": "svp",
        }
        env.update(self.extra_env)
        return env

    def copy_in(self, path, name: Optional[str] = None) -> Path:
        """Copy a file into files_dir (readable by the office); return the copy."""
        src = Path(path)
        dst = self.files_dir / (name or src.name)
        shutil.copyfile(src, dst)
        self._chown(dst)
        return dst

    # -- unopkg ----------------------------------------------------------------
    def _unopkg(self, *args: str) -> str:
        if self.running:
            raise LoSessionError("unopkg needs the office stopped (call stop() first)")
        cmd = self._as_user + [str(PROGRAM_DIR / "unopkg"), *args,
                               f"-env:UserInstallation={self.profile_url}"]
        proc = subprocess.Popen(cmd, env=self._env(), cwd=self.workdir,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, text=True,
                                start_new_session=True)
        self._watchdog.send(f"watch {proc.pid}")
        try:
            out, _ = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _killpg(proc.pid)
            proc.wait()
            raise LoSessionError(f"unopkg {' '.join(args)} timed out after {self.timeout}s")
        finally:
            self._watchdog.send(f"unwatch {proc.pid}")
            _killpg(proc.pid)  # helpers it may have left
        if proc.returncode != 0:
            raise LoSessionError(f"unopkg {' '.join(args)} exited {proc.returncode}:\n{out}")
        return out

    def _unopkg_add(self, oxt) -> None:
        oxt = Path(oxt)
        if not oxt.is_file():
            raise LoSessionError(f"extension not found: {oxt}")
        copy = self.workdir / "ext" / oxt.name
        shutil.copyfile(oxt, copy)
        self._chown(copy)
        t0 = time.monotonic()
        self._unopkg("add", "-f", "-s", str(copy))
        self.timings[f"install:{oxt.name}"] = time.monotonic() - t0
        self._say(f"installed {oxt.name} in {self.timings[f'install:{oxt.name}']:.2f}s")

    def _with_office_stopped(self, action, restart: bool):
        was_running = self.running
        if was_running:
            self.stop()
        result = action()
        if restart and was_running:
            self.start()
        return result

    def add_extension(self, oxt, restart: bool = True) -> None:
        """Install (or replace, -f) an .oxt; restarts a running office if restart."""
        self.prepare()
        self._with_office_stopped(lambda: self._unopkg_add(oxt), restart)

    def remove_extension(self, identifier: str, restart: bool = True) -> None:
        """Remove an extension by identifier (see extension_identifier())."""
        self.prepare()
        self._with_office_stopped(lambda: self._unopkg("remove", identifier), restart)

    def list_extensions(self, restart: bool = True) -> Dict[str, str]:
        """Return {identifier: version} of the extensions in the profile."""
        self.prepare()
        text = self._with_office_stopped(lambda: self._unopkg("list"), restart)
        found, ident = {}, None
        for line in text.splitlines():
            m = re.match(r"\s*Identifier:\s*(\S+)", line)
            if m:
                ident = m.group(1)
                found[ident] = ""
                continue
            m = re.match(r"\s*Version:\s*(\S*)", line)
            if m and ident is not None and not found[ident]:
                found[ident] = m.group(1)
        return found

    # -- office process ------------------------------------------------------
    def start(self) -> None:
        """Start the office and connect; sets desktop/ctx/smgr."""
        self.prepare()
        if self.running:
            return
        self.port = int(self.extra_env.get("ORTIJD_LO_PORT") or _free_port())
        accept = f"socket,host=127.0.0.1,port={self.port};urp;"
        cmd = self._as_user + [
            str(PROGRAM_DIR / "soffice"), "--headless", "--invisible", "--nologo",
            "--norestore", "--nodefault", "--nolockcheck", f"--accept={accept}",
            f"-env:UserInstallation={self.profile_url}"]
        if self._log is None:
            self._log = open(self.workdir / "soffice.log", "ab")
        t0 = time.monotonic()
        self._proc = subprocess.Popen(cmd, env=self._env(), cwd=self.workdir,
                                      stdin=subprocess.DEVNULL, stdout=self._log,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        self._watchdog.send(f"watch {self._proc.pid}")
        self._say(f"soffice pid {self._proc.pid} port {self.port}")
        try:
            self._connect(t0 + self.timeout)
        except BaseException:
            self._kill_office()
            raise
        self.timings["start"] = time.monotonic() - t0
        self.timings["start_count"] = self.timings.get("start_count", 0) + 1
        self._say(f"office ready in {self.timings['start']:.2f}s")

    def _connect(self, deadline: float) -> None:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = (f"uno:socket,host=127.0.0.1,port={self.port};urp;"
               "StarOffice.ComponentContext")
        while True:
            if self._proc.poll() is not None:
                raise LoSessionError(
                    f"soffice exited with {self._proc.returncode} before accepting "
                    f"connections; log:\n{_tail(self.workdir / 'soffice.log')}")
            try:
                ctx = resolver.resolve(url)
                smgr = ctx.ServiceManager
                desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
                if desktop is not None:
                    self.ctx, self.smgr, self.desktop = ctx, smgr, desktop
                    return
            except NoConnectException:
                pass
            if time.monotonic() > deadline:
                raise LoSessionError(
                    f"soffice did not accept connections on port {self.port} within "
                    f"{self.timeout}s; log:\n{_tail(self.workdir / 'soffice.log')}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Close all documents, terminate the office; kill it on timeout."""
        if self._proc is None:
            return
        t0 = time.monotonic()
        desktop, proc = self.desktop, self._proc
        self.desktop = self.ctx = self.smgr = None
        if desktop is not None and proc.poll() is None:
            def terminate():
                try:
                    comps = desktop.getComponents().createEnumeration()
                    docs = []
                    while comps.hasMoreElements():
                        docs.append(comps.nextElement())
                    for d in docs:
                        _close_quietly(d)
                    desktop.terminate()
                except Exception:  # the bridge dies with the office: expected
                    pass
            t = threading.Thread(target=terminate, daemon=True)
            t.start()
            t.join(self.timeout / 3)
        try:
            proc.wait(timeout=max(1.0, self.timeout / 3))
        except subprocess.TimeoutExpired:
            self._say("office did not exit; killing it")
        self._kill_office()
        self.timings["stop"] = time.monotonic() - t0

    def restart(self) -> None:
        """Stop and start the office (needed after installing extensions)."""
        self.stop()
        self.start()

    def _kill_office(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        clean = proc.poll() == 0
        _killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        _killpg(proc.pid)  # SIGKILL whatever is left in the group
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        _kill_marked(str(self.workdir))
        self._watchdog.send(f"unwatch {proc.pid}")
        if not clean:
            _remove_stale_pipes(self._pw.pw_uid)

    def close(self) -> None:
        """Stop the office and remove the work directory (idempotent)."""
        try:
            self.stop()
        finally:
            if self._log is not None:
                self._log.close()
                self._log = None
            if self.workdir is not None:
                _kill_marked(str(self.workdir))
                if self.keep_workdir:
                    print(f"[lo_session] kept {self.workdir}", file=sys.stderr)
                else:
                    shutil.rmtree(self.workdir, ignore_errors=True)
                self.workdir = None
            if self._watchdog is not None:
                self._watchdog.close()
                self._watchdog = None

    # -- documents -------------------------------------------------------------
    def _need_desktop(self):
        if self.desktop is None:
            raise LoSessionError("the office is not running (call start())")
        return self.desktop

    def load(self, path, *, hidden: bool = True, copy: bool = True, **load_props):
        """Open a document (hidden) and return its model.

        The file is first copied into files_dir (copy=True) so that the office
        user can read it and lock files do not touch the source tree. Extra
        keyword arguments become MediaDescriptor properties.
        """
        desktop = self._need_desktop()
        path = self.copy_in(path) if copy else Path(path)
        args = props(Hidden=hidden, **load_props)
        doc = desktop.loadComponentFromURL(file_url(path), "_blank", 0, args)
        if doc is None:
            raise LoSessionError(f"the office could not load {path}")
        return doc

    def new_document(self, kind: str = "scalc", *, hidden: bool = True):
        """Create a new empty document (scalc, swriter, ...)."""
        desktop = self._need_desktop()
        return desktop.loadComponentFromURL(
            f"private:factory/{kind}", "_blank", 0, props(Hidden=hidden))

    def store(self, doc, dest, filter_name: Optional[str] = None, **store_props) -> Path:
        """Store a copy of doc (storeToURL) and return the written path.

        dest is a bare file name (written into files_dir) or a path anywhere
        (written in files_dir by the office, then copied there). The filter is
        chosen from the suffix (STORE_FILTERS) unless filter_name is given.
        """
        dest = Path(dest)
        name = filter_name or STORE_FILTERS.get(dest.suffix.lower())
        if name is None:
            raise LoSessionError(f"no filter known for {dest.suffix!r}; pass filter_name")
        inside = self.files_dir / dest.name
        doc.storeToURL(file_url(inside), props(FilterName=name, Overwrite=True, **store_props))
        if dest.parent == Path(".") and not dest.is_absolute():
            return inside
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(inside, dest)
        return dest

    @staticmethod
    def close_document(doc) -> None:
        """Close a document, discarding changes."""
        _close_quietly(doc)


def _close_quietly(doc) -> None:
    try:
        if hasattr(doc, "setModified"):
            doc.setModified(False)
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass


def _killpg(pgid: int, sig=signal.SIGKILL) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _remove_stale_pipes(uid: int) -> None:
    """Removes /tmp/OSL_PIPE_<uid>_* sockets that no process has bound.

    A killed office leaves its single-instance IPC socket in /tmp (not in
    TMPDIR). A socket file whose path is not in /proc/net/unix is dead; live
    offices of other sessions are never touched.
    """
    try:
        with open("/proc/net/unix") as f:
            bound = {line.split()[-1] for line in f.read().splitlines()[1:]
                     if len(line.split()) > 7}
        prefix = f"OSL_PIPE_{uid}_"
        for name in os.listdir("/tmp"):
            path = "/tmp/" + name
            if name.startswith(prefix) and path not in bound and os.lstat(path).st_uid == uid:
                os.unlink(path)
    except OSError:
        pass


def _kill_marked(marker: str) -> None:
    """SIGKILL every process whose command line contains marker (our work dir)."""
    if not marker:
        return
    me = os.getpid()
    needle = marker.encode()
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == me:
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if needle in f.read():
                    os.kill(int(pid), signal.SIGKILL)
        except OSError:
            pass


def _main(argv: Sequence[str]) -> int:
    """Smoke test: python3 lo_session.py [ext.oxt ...] -> starts, evaluates =SUM(1;2)."""
    with LoSession(extensions=argv, verbose=True) as lo:
        doc = lo.new_document()
        cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
        cell.setFormula("=SUM(1;2)")
        doc.calculateAll()
        print("=SUM(1;2) ->", cell.getValue())
        print("extensions:", lo.list_extensions())
        print("timings:", {k: round(v, 3) for k, v in lo.timings.items()})
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
