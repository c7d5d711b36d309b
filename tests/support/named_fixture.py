#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts and stops the test suite's BIND 9 `named` on a free loopback port.

  named_fixture.py start STATE_DIR ZONE_DIR [ZONE_DIR ...]   writes STATE_DIR/port and STATE_DIR/named.pid
  named_fixture.py stop STATE_DIR                            ends named by its pid

  start also takes --listen ADDR (IPv4 only; named listens only on addresses assigned to an interface) and
  --port N (instead of a free port): tests start a second server that way, e.g. a disagreeing
  authoritative server on its own port.

Every ZONE_DIR/*.zone file becomes a primary zone named after the file (dns.test.zone -> dns.test);
ZONE_DIR/named-extra.conf, if present, is included for zones that are not plain files. The server
listens on 127.0.0.1 and ::1 only and never recurses, so no query leaves the machine.
"""
import os
import pathlib
import random
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time


def find_named():
    for candidate in (shutil.which("named"), "/usr/sbin/named"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("named_fixture: BIND 9 `named` is not installed (Debian package bind9)")


def free_port():
    """A port free for UDP and TCP on 127.0.0.1 and ::1 alike."""
    for _ in range(200):
        port = random.randint(20000, 60000)
        sockets = []
        try:
            for family, kind, host in ((socket.AF_INET, socket.SOCK_DGRAM, "127.0.0.1"),
                                       (socket.AF_INET, socket.SOCK_STREAM, "127.0.0.1"),
                                       (socket.AF_INET6, socket.SOCK_DGRAM, "::1"),
                                       (socket.AF_INET6, socket.SOCK_STREAM, "::1")):
                s = socket.socket(family, kind)
                sockets.append(s)
                s.bind((host, port))
            return port
        except OSError:
            continue
        finally:
            for s in sockets:
                s.close()
    sys.exit("named_fixture: no free port found")


def soa_query(port, zone, host="127.0.0.1"):
    """True once named answers an SOA query for zone with NOERROR."""
    qname = b"".join(bytes([len(l)]) + l.encode() for l in zone.split(".")) + b"\0"
    packet = struct.pack(">HHHHHH", 0x7d0c, 0, 1, 0, 0, 0) + qname + struct.pack(">HH", 6, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.3)
        try:
            s.sendto(packet, (host, port))
            data = s.recv(4096)
        except OSError:
            return False
    return len(data) >= 12 and data[:2] == packet[:2] and (data[3] & 0x0F) == 0


def start(state, zone_dirs, listen=None, port=None):
    state = pathlib.Path(state).resolve()
    stop(state, quiet=True)
    state.mkdir(parents=True, exist_ok=True)
    host = listen or "127.0.0.1"
    port = port or free_port()
    zones = []
    extras = []
    for d in zone_dirs:
        d = pathlib.Path(d).resolve()
        zones += sorted(d.glob("*.zone"))
        if (d / "named-extra.conf").exists():
            extras.append(d / "named-extra.conf")
    conf = [
        "options {",
        f'  directory "{state}";',
        f'  pid-file "{state}/named.pid";',
        f'  session-keyfile "{state}/session.key";',
        f'  managed-keys-directory "{state}";',
        f"  listen-on port {port} {{ {host}; }};",
        f"  listen-on-v6 port {port} {{ ::1; }};" if not listen else "  listen-on-v6 { none; };",
        "  recursion no;",
        "  allow-query { any; };",
        "  dnssec-validation no;",
        "  notify no;",
        "  querylog no;",
        # A benchmark's burst of hundreds of queries overflows the default 208 KiB socket buffer before
        # named reads it; every datagram lost there costs the client a full timeout before its retry.
        "  udp-receive-buffer 4194304;",
    ]
    if any(z.name == "rpz.fixture.zone" for z in zones):
        # Names listed in rpz.fixture.zone get no answer at all: the timeout scenarios. recursive-only no
        # applies the policy to this server's own (authoritative) answers.
        conf.append('  response-policy { zone "rpz.fixture" policy given; } recursive-only no;')
    conf += [
        "};",
        "controls { };",
    ]
    for z in zones:
        name = z.name[: -len(".zone")]
        conf.append(f'zone "{name}" {{ type primary; file "{z}"; }};')
    for e in extras:
        conf.append(f'include "{e}";')
    (state / "named.conf").write_text("\n".join(conf) + "\n")

    log = open(state / "named.log", "w")
    cmd = [find_named(), "-g", "-c", str(state / "named.conf")]
    if os.geteuid() == 0:
        pass  # as root named keeps root; the state folder is ours either way
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (state / "named.pid").write_text(str(proc.pid))
    deadline = time.time() + 20
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.stderr.write((state / "named.log").read_text())
            sys.exit("named_fixture: named exited during start-up")
        if all(soa_query(port, z.name[: -len(".zone")], host) for z in zones[:1]):
            break
        time.sleep(0.1)
    else:
        proc.kill()
        sys.stderr.write((state / "named.log").read_text())
        sys.exit("named_fixture: named did not answer within 20 s")
    (state / "port").write_text(str(port))
    print(f"named pid {proc.pid} on {host}:{port} serving {len(zones)} zones")


def stop(state, quiet=False):
    state = pathlib.Path(state)
    pidfile = state / "named.pid"
    if not pidfile.exists():
        if not quiet:
            print("named_fixture: not running")
        return
    try:
        pid = int(pidfile.read_text().strip())
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    except (ValueError, ProcessLookupError):
        pass
    pidfile.unlink(missing_ok=True)
    (state / "port").unlink(missing_ok=True)
    if not quiet:
        print("named stopped")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "start":
        args = sys.argv[3:]
        options = {}
        for flag in ("--listen", "--port"):
            if flag in args:
                i = args.index(flag)
                options[flag[2:]] = args[i + 1]
                del args[i : i + 2]
        start(sys.argv[2], args, options.get("listen"), int(options["port"]) if "port" in options else None)
    elif len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(sys.argv[2])
    else:
        sys.exit(__doc__)
