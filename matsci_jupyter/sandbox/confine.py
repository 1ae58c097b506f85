"""The second layer, applied by the sandbox process to itself just before the untrusted code runs.

* **seccomp** (PyPI ``pyseccomp`` over Debian's ``libseccomp2``): no programs
  (``execve``), no new processes (``fork``/``vfork``/``clone`` without
  ``CLONE_THREAD``; threads still work), no sockets (socket pairs stay: asyncio needs one), no signals to other
  processes, no tracing, mounting, namespaces, kernel keyrings, BPF or device
  nodes. Refused calls fail with ``EPERM`` (``ENOSYS`` for ``clone3``, so libc
  falls back to ``clone``), even when reached through ctypes or cffi.
* **Landlock** (PyPI ``landlock``, Linux ≥ 5.13): files may be written only in
  the scratch folder (and the jail's private ``/tmp``); reads only in the
  interpreter, its libraries, this package, ``/usr`` and the scratch folder.
* **rlimits**: address space, file size, open files, processes, no core dumps.

Each layer is applied when the kernel and libraries allow it; :func:`apply`
returns the names of those that are in force. Nothing here is a reason to trust
the code: the jail (:mod:`.jail`) is the boundary, this is defence in depth.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import sys
from typing import Any

CLONE_THREAD = 0x00010000
DENIED_SYSCALLS = (
    "execve",
    "execveat",
    "fork",
    "vfork",
    "socket",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kill",
    "pidfd_open",
    "pidfd_send_signal",
    "pidfd_getfd",
    "rt_sigqueueinfo",
    "rt_tgsigqueueinfo",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "mknod",
    "mknodat",
    "personality",
    "open_by_handle_at",
    "name_to_handle_at",
    "kexec_load",
    "init_module",
    "finit_module",
    "delete_module",
    "syslog",
    "acct",
    "swapon",
    "swapoff",
    "reboot",
    "setrlimit",  # the limits set before the code runs stay (root could raise them otherwise)
)
SYSTEM_READ = ("/usr", "/bin", "/lib", "/lib64", "/etc/localtime", "/etc/ld.so.cache")
SYSTEM_READ_FILES = ("/proc/cpuinfo", "/proc/meminfo", "/sys/devices/system/cpu")
DEV_FILES = ("/dev/null", "/dev/urandom", "/dev/random", "/dev/zero")


def limits(memory_mb: int, file_mb: int, max_processes: int = 256) -> None:
    """Resource limits that bind in this process and everything it starts (MB)."""
    memory = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_mb * 2**20, file_mb * 2**20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
    if os.geteuid() != 0:  # root ignores RLIMIT_NPROC; the jail's uid does not
        resource.setrlimit(resource.RLIMIT_NPROC, (max_processes, max_processes))


def _libseccomp_path() -> str | None:
    """libseccomp's file, found without ``ldconfig`` (which the jail does not have)."""
    import sysconfig

    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for folder in (f"/usr/lib/{arch}", f"/lib/{arch}", "/usr/lib64", "/usr/lib", "/lib64"):
        candidate = os.path.join(folder, "libseccomp.so.2")
        if os.path.isfile(candidate):
            return candidate
    return None


def _import_pyseccomp() -> object | None:
    """The ``pyseccomp`` module, or None where it or libseccomp is missing."""
    if "pyseccomp" in sys.modules:
        return sys.modules["pyseccomp"]
    import ctypes.util

    original = ctypes.util.find_library
    known = {"seccomp": _libseccomp_path(), "c": "libc.so.6"}

    def find_library(name: str) -> str | None:
        return known[name] if known.get(name) else original(name)

    ctypes.util.find_library = find_library
    try:
        import pyseccomp
    except (ImportError, OSError, RuntimeError):
        return None
    finally:
        ctypes.util.find_library = original
    return pyseccomp


def seccomp_available() -> bool:
    """Whether the seccomp layer can be applied here (loads libseccomp once)."""
    return _import_pyseccomp() is not None


def _seccomp() -> bool:
    sc: Any = _import_pyseccomp()
    if sc is None:
        return False
    refuse = sc.ERRNO(errno.EPERM)
    filt = sc.SyscallFilter(sc.ALLOW)
    for name in DENIED_SYSCALLS:
        try:
            filt.add_rule(refuse, name)
        except (OSError, ValueError):  # a call this architecture does not have
            continue
    filt.add_rule(refuse, "clone", sc.Arg(0, sc.MASKED_EQ, CLONE_THREAD, 0))
    filt.add_rule(refuse, "prlimit64", sc.Arg(2, sc.NE, 0))  # reading limits stays allowed
    with contextlib.suppress(OSError, ValueError):
        filt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    try:
        filt.load()
    except OSError:
        return False
    return True


def _landlock(writable: list[str], readable: list[str]) -> bool:
    try:
        import landlock
    except ImportError:
        return False
    try:
        if landlock.landlock_abi_version() < 1:
            return False
        access = landlock.FSAccess
        read = access.READ_FILE | access.READ_DIR | access.EXECUTE
        rules = landlock.Ruleset()
        for path in dict.fromkeys(readable):
            if os.path.exists(path):
                rights = read if os.path.isdir(path) else access.READ_FILE | access.EXECUTE
                rules.allow(path, rules=rights)
        for path in DEV_FILES:
            if os.path.exists(path):
                rules.allow(path, rules=access.READ_FILE | access.WRITE_FILE)
        for path in dict.fromkeys(writable):
            if os.path.isdir(path):
                rules.allow(path)
        try:
            rules.apply()
        finally:
            os.close(rules._fd)  # the ruleset's descriptor is not the code's business
    except (OSError, landlock.LandlockError):
        return False
    return True


def apply(workdir: str, *, extra_writable: tuple[str, ...] = ()) -> list[str]:
    """Confine this process to ``workdir``; returns the layers now in force."""
    layers = []
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    roots.update(p for p in sys.path if p and os.path.isabs(p) and os.path.isdir(p))
    readable = [os.path.realpath(p) for p in (*sorted(roots), *SYSTEM_READ, *SYSTEM_READ_FILES)]
    readable.append(f"/proc/{os.getpid()}")
    writable = [os.path.realpath(workdir), *extra_writable]
    if _landlock(writable, readable):
        layers.append("landlock")
    if _seccomp():
        layers.append("seccomp")
    return layers
