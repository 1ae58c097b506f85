"""Issue 12, rows S1-S13: code that got past the screen must still not escape the sandbox.

The screen is switched off here (``unscreened``) so every probe reaches the OS
layers: the bubblewrap jail, seccomp, Landlock and the parent-owned report pipe.
Each probe tries to leave a trace on the host (a marker file, a killed process, a
connection to a listener, a secret from the kernel's environment); the test fails
if the trace appears. Where bubblewrap cannot start, the jailed cases skip and
the fallback cases check that every result says "checked, not isolated".
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from matsci_jupyter.sandbox import jail, runner
from matsci_jupyter.sandbox.screen import ScreenReport


def _jail_works() -> bool:
    saved = os.environ.pop("MATSCI_SANDBOX_JAIL", None)
    try:
        jail.reset_probe()
        return jail.isolation().jailed
    finally:
        if saved is not None:
            os.environ["MATSCI_SANDBOX_JAIL"] = saved


JAILED = _jail_works()


@pytest.fixture
def unscreened(monkeypatch):
    """Let everything through the static screen: the OS layers must hold on their own."""
    monkeypatch.setattr(runner, "screen", lambda code: ScreenReport())
    monkeypatch.setenv("MATSCI_SANDBOX_AUDIT_HOOK", "0")  # the probes got past it too (S5)


def _second_layer_works() -> bool:
    from matsci_jupyter.sandbox import confine

    try:
        import landlock
    except ImportError:
        return False
    return confine.seccomp_available() and landlock.landlock_abi_version() >= 1


@pytest.fixture(params=["warm", "cold", "fallback-warm", "fallback-cold"])
def jailed(request, monkeypatch, unscreened):
    """Every probe runs jailed (warm and cold) and in the fallback, where seccomp and
    Landlock alone must hold it (the result then says "checked, not isolated")."""
    if request.param.startswith("fallback"):
        if not _second_layer_works():
            pytest.skip("seccomp or Landlock is not available here")
        monkeypatch.setenv("MATSCI_SANDBOX_JAIL", "off")
    elif not JAILED:
        pytest.skip(f"bubblewrap does not work here: {jail._probe().reason}")
    else:
        monkeypatch.setenv("MATSCI_SANDBOX_JAIL", "require")
    monkeypatch.setenv("MATSCI_SANDBOX_WARM", "0" if request.param.endswith("cold") else "1")
    return request.param


def run(code: str, **kw):
    kw.setdefault("timeout_s", 30)
    return runner.run_code(code, **kw)


def test_s1_s2_programs_do_not_start(jailed, tmp_path):
    marker = tmp_path / "s1"
    code = (
        "import os, subprocess\n"
        "errors = []\n"
        f"for argv in (['/usr/bin/touch', {str(marker)!r}], ['/usr/bin/id']):\n"
        "    try:\n"
        "        subprocess.run(argv, check=True)\n"
        "        errors.append('started')\n"
        "    except OSError as exc:\n"
        "        errors.append(type(exc).__name__)\n"
        "try:\n"
        "    os.posix_spawn('/usr/bin/id', ['id'], {})\n"
        "    errors.append('started')\n"
        "except OSError as exc:\n"
        "    errors.append(type(exc).__name__)\n"
        "from multiprocessing import util\n"  # S2: what joblib's mp.util reaches
        "try:\n"
        f"    util.spawnv_passfds(b'/usr/bin/touch', [b'touch', {os.fsencode(marker)!r}], [])\n"
        "    errors.append('started')\n"
        "except OSError as exc:\n"
        "    errors.append(type(exc).__name__)\n"
    )
    result = run(code, capture=["errors"])
    assert result.ok, result.error
    assert result.isolated == (not jailed.startswith("fallback"))
    assert "seccomp" in result.layers
    assert "started" not in result.value("errors")
    assert not marker.exists()


def test_s3_native_system_through_ctypes_fails(jailed, tmp_path):
    marker = tmp_path / "s3"
    code = f"import ctypes\nstatus = ctypes.CDLL('libc.so.6').system(b'touch {marker}')\n"
    result = run(code, capture=["status"])
    assert result.ok, result.error
    assert result.value("status") != 0
    assert not marker.exists()


def test_s4_cffi_system_fails(jailed, tmp_path):
    pytest.importorskip("cffi")
    marker = tmp_path / "s4"
    code = (
        "import pkgutil\n"
        "ffi = pkgutil.resolve_name('cffi:FFI')()\n"
        "ffi.cdef('int system(const char *command);')\n"
        "libc = ffi.dlopen('libc.so.6')\n"
        f"status = libc.system(b'touch {marker}')\n"
    )
    result = run(code, capture=["status"])
    assert result.ok, result.error
    assert result.value("status") != 0
    assert not marker.exists()


def test_s4_no_process_can_be_forked(jailed):
    code = (
        "import os\n"
        "forked = 0\n"
        "for _ in range(20):\n"
        "    try:\n"
        "        if os.fork() == 0:\n"
        "            os._exit(0)\n"
        "        forked += 1\n"
        "    except OSError:\n"
        "        pass\n"
    )
    result = run(code, capture=["forked"])
    assert result.ok, result.error
    assert result.value("forked") == 0


def test_s5_no_network_even_without_the_audit_hook(jailed):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    code = (
        "import socket\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "    outcome = 'connected'\n"
        "except OSError as exc:\n"
        "    outcome = type(exc).__name__\n"
    )
    try:
        result = run(code, capture=["outcome"])
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()
    assert result.ok, result.error
    assert result.value("outcome") != "connected"


def test_s6_pickle_payload_runs_only_inside(jailed, tmp_path):
    marker = tmp_path / "s6"
    code = (
        "import os, pickle\n"
        "class Payload:\n"
        "    def __reduce__(self):\n"
        f"        return (os.system, ('touch {marker}',))\n"
        "status = pickle.loads(pickle.dumps(Payload()))\n"
    )
    result = run(code, capture=["status"])
    assert result.ok, result.error
    assert result.value("status") != 0
    assert not marker.exists()


def test_s8_kernel_environment_is_invisible(jailed, monkeypatch):
    monkeypatch.setenv("MATSCI_TEST_SECRET", "sk-do-not-leak-4242")
    code = (
        "seen = []\n"
        f"for pid in (1, {os.getpid()}, 'self'):\n"
        "    try:\n"
        "        seen.append(open(f'/proc/{pid}/environ', 'rb').read().decode(errors='replace'))\n"
        "    except OSError as exc:\n"
        "        seen.append(type(exc).__name__)\n"
        "import os\n"
        "seen.append(repr(dict(os.environ)))\n"
    )
    result = run(code, capture=["seen"])
    assert result.ok, result.error
    assert "sk-do-not-leak-4242" not in repr(result.values) + result.stdout


def test_s9_s10_nothing_written_outside_through_dir_fd_fifo_or_sqlite(jailed, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("keep")
    code = (
        "import os, sqlite3\n"
        "outcomes = []\n"
        "def attempt(fn):\n"
        "    try:\n"
        "        fn()\n"
        "        outcomes.append('done')\n"
        "    except Exception as exc:\n"
        "        outcomes.append(type(exc).__name__)\n"
        f"folder = {str(victim)!r}\n"
        "def via_dir_fd():\n"
        "    fd = os.open(folder, os.O_RDONLY)\n"
        "    os.unlink('keep.txt', dir_fd=fd)\n"
        "    os.close(os.open('evil.pth', os.O_WRONLY | os.O_CREAT, dir_fd=fd))\n"
        "attempt(via_dir_fd)\n"
        "attempt(lambda: os.mkfifo(folder + '/fifo'))\n"
        "attempt(lambda: sqlite3.connect(folder + '/db.sqlite').execute('create table t(x)'))\n"
        "attempt(lambda: os.close(os.open(os.path.join(os.__file__, '..', 'evil.pth'),"
        " os.O_WRONLY | os.O_CREAT)))\n"
    )
    result = run(code, capture=["outcomes"])
    assert result.ok, result.error
    assert "done" not in result.value("outcomes")
    assert sorted(p.name for p in victim.iterdir()) == ["keep.txt"]


def test_s11_other_processes_cannot_be_signalled(jailed):
    victim = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        code = (
            "import os, signal\n"
            "outcomes = []\n"
            "for send in (\n"
            f"    lambda: os.kill({victim.pid}, 9),\n"
            f"    lambda: signal.pidfd_send_signal(os.pidfd_open({victim.pid}), 9),\n"
            "):\n"
            "    try:\n"
            "        send()\n"
            "        outcomes.append('sent')\n"
            "    except OSError as exc:\n"
            "        outcomes.append(type(exc).__name__)\n"
        )
        result = run(code, capture=["outcomes"])
        time.sleep(0.2)
        assert victim.poll() is None, "the sandbox killed a process outside it"
        assert result.ok, result.error
        assert "sent" not in result.value("outcomes")
    finally:
        victim.kill()
        victim.wait()


def test_s12_nothing_outlives_the_time_limit(jailed, tmp_path):
    code = (
        "import os, time\n"
        "try:\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        time.sleep(30)\n"
        "        os._exit(0)\n"
        "except OSError:\n"
        "    pass\n"
        "while True:\n"
        "    pass\n"
    )
    before = _processes_of_uid(jail.NOBODY)
    result = run(code, timeout_s=2)
    assert result.timed_out
    time.sleep(0.5)
    assert _processes_of_uid(jail.NOBODY) - before <= _zygote_processes()


def _processes_of_uid(uid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    out.add(int(entry))
            except OSError:
                continue
    return out


def _zygote_processes() -> set[int]:
    """The warm sandbox's own process (it stays between runs)."""
    out = set()
    for pid in _processes_of_uid(jail.NOBODY):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                if b"sandbox._zygote" in fh.read():
                    out.add(pid)
        except OSError:
            continue
    return out


def test_s13_a_forged_report_file_is_not_believed(jailed):
    code = (
        "import json, os\n"
        "json.dump({'ok': True, 'values': {'x': 42}}, open('_matsci_result.json', 'w'))\n"
        "os._exit(0)\n"
    )
    result = run(code, capture=["x"])
    assert not result.ok
    assert result.error_type == "Crash" and "no report" in result.error
    assert result.values == {}


def test_the_jail_sees_no_home_no_secrets_and_a_read_only_system(jailed):
    if jailed.startswith("fallback"):
        pytest.skip("without the jail the files exist (Landlock only refuses to open them)")
    code = (
        "import os\n"
        "seen = {}\n"
        "for path in ('/root', '/etc/shadow', '/home', os.path.expanduser('~/.bashrc')):\n"
        "    seen[path] = os.path.exists(path) and path != os.path.expanduser('~')\n"
        "try:\n"
        "    open('/usr/lib/matsci-probe', 'w')\n"
        "    seen['usr_writable'] = True\n"
        "except OSError:\n"
        "    seen['usr_writable'] = False\n"
        "uid = os.getuid()\n"
    )
    result = run(code, capture=["seen", "uid"])
    assert result.ok, result.error
    seen = result.value("seen")
    assert not seen["/etc/shadow"] and not seen["usr_writable"]
    if os.geteuid() == 0:
        assert result.value("uid") == jail.NOBODY


# ------------------------------------------------------------------ the fallback and its label


@pytest.fixture(params=["warm", "cold"])
def fallback(request, monkeypatch):
    monkeypatch.setenv("MATSCI_SANDBOX_JAIL", "off")
    monkeypatch.setenv("MATSCI_SANDBOX_WARM", "1" if request.param == "warm" else "0")
    return request.param


def test_without_a_jail_every_result_says_not_isolated(fallback):
    result = runner.run_code("x = 1\n", capture=["x"], timeout_s=30)
    assert result.ok and not result.isolated
    assert "checked, not isolated" in result.isolation
    assert "checked, not isolated" in result.summary()


def test_without_a_jail_the_second_layer_still_refuses_programs(fallback, unscreened, tmp_path):
    marker = tmp_path / "fallback"
    code = f"import ctypes\nstatus = ctypes.CDLL('libc.so.6').system(b'touch {marker}')\n"
    result = runner.run_code(code, capture=["status"], timeout_s=30)
    if "seccomp" not in result.layers:
        pytest.skip("seccomp is not available here either")
    assert result.ok, result.error
    assert not marker.exists()


def test_require_refuses_to_run_without_a_jail(monkeypatch):
    monkeypatch.setenv("MATSCI_SANDBOX_JAIL", "require")
    monkeypatch.setattr(jail, "_probe", lambda: jail.Isolation(False, "simulated: no bwrap"))
    result = runner.run_code("x = 1\n", timeout_s=10)
    assert not result.ok and result.error_type == "Sandbox"
    assert "simulated: no bwrap" in result.error


def test_a_missing_bwrap_is_reported_by_the_probe(monkeypatch):
    monkeypatch.delenv("MATSCI_SANDBOX_JAIL", raising=False)
    monkeypatch.setattr(jail.shutil, "which", lambda name: None)
    jail.reset_probe()
    try:
        iso = jail.isolation()
    finally:
        jail.reset_probe()
    assert not iso.jailed
    assert iso.label.startswith("checked, not isolated")
    assert "not installed" in iso.label


# ------------------------------------------------------------------ the warm jail's lifetime


def test_a_warm_up_started_from_a_passing_thread_serves_the_next_run(monkeypatch):
    """bubblewrap's parent-death signal follows the starting *thread*: the warm jail must not."""
    import threading

    from matsci_jupyter.sandbox import pool

    monkeypatch.setenv("MATSCI_SANDBOX_WARM", "1")
    pool.shutdown()
    starter = threading.Thread(target=runner.warm_up)
    starter.start()
    starter.join()
    zygote = pool._zygote
    assert zygote is not None
    zygote.wait_ready()
    time.sleep(0.5)
    assert zygote.alive()
    result = runner.run_code("x = 1\n", capture=["x"], timeout_s=30)
    assert result.ok and result.warm and result.value("x") == 1


def test_the_warm_jail_ends_when_the_kernel_goes_away(monkeypatch):
    from matsci_jupyter.sandbox import pool

    monkeypatch.setenv("MATSCI_SANDBOX_WARM", "1")
    pool.shutdown()
    assert runner.run_code("x = 1\n", timeout_s=30).warm
    zygote = pool._zygote
    zygote.sock.close()  # what the kernel's death does to the socket
    zygote.proc.wait(timeout=10)
    pool.shutdown()


def test_s5_the_audit_hooks_rules_cannot_be_cleared(monkeypatch):
    """The third layer too: its event sets are frozen (they were cleared in the probe)."""
    monkeypatch.setattr(runner, "screen", lambda code: ScreenReport())
    monkeypatch.setenv("MATSCI_SANDBOX_WARM", "1")
    code = (
        "import sys\n"
        "harness = sys.modules['matsci_jupyter.sandbox._harness']\n"
        "outcomes = []\n"
        "for name in ('PROC_EVENTS', 'NET_EVENTS', 'DELETE_EVENTS'):\n"
        "    try:\n"
        "        getattr(harness, name).clear()\n"
        "        outcomes.append('cleared')\n"
        "    except AttributeError:\n"
        "        outcomes.append('frozen')\n"
    )
    result = runner.run_code(code, capture=["outcomes"], timeout_s=30)
    assert result.ok, result.error
    assert result.warm
    assert result.value("outcomes") == ["frozen"] * 3


def test_limits_cannot_be_raised_from_inside(jailed):
    code = (
        "import resource\n"
        "try:\n"
        "    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY,) * 2)\n"
        "    outcome = 'raised'\n"
        "except (OSError, ValueError) as exc:\n"
        "    outcome = type(exc).__name__\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_AS)\n"
    )
    result = run(code, capture=["outcome", "hard"], memory_mb=2048)
    assert result.ok, result.error
    assert result.value("outcome") != "raised"
    assert result.value("hard") == 2048 * 2**20
