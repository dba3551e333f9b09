"""Start and stop emulators for CTest fixtures (stdlib only).

  fixture.py start NAME [--script SCRIPT] --state-dir DIR [-- extra server args]
  fixture.py stop  NAME --state-dir DIR

"start" runs tests/servers/SCRIPT.py (default: NAME.py) on a free port and
returns once it answers /_hoist/health; its base URL is then in DIR/NAME.url
(and on stdout), its output in DIR/NAME.log. One script can so run as several
instances with different arguments, e.g. "sandbox_token --script sandbox --
--token T" next to "sandbox".
"""

import argparse
import os
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

SERVERS = Path(__file__).resolve().parent
START_TIMEOUT = 15
STOP_GRACE = 3


def files(name, state_dir):
    state = Path(state_dir)
    return {kind: state / f"{name}.{kind}" for kind in ("url", "pid", "log", "storage")}


def healthy(url):
    # This asks whether the server is up, not whether to trust it: tls.py's certificates are its own.
    context = ssl._create_unverified_context() if url.startswith("https:") else None
    try:
        with urllib.request.urlopen(f"{url}/_hoist/health", timeout=1, context=context) as response:
            return response.status == 200
    except OSError:
        return False


def log_tail(path, lines=40):
    try:
        return "".join(path.read_text(errors="replace").splitlines(True)[-lines:])
    except OSError:
        return "(no log)"


def start(name, script, state_dir, extra):
    paths = files(name, state_dir)
    paths["log"].parent.mkdir(parents=True, exist_ok=True)
    stop(name, state_dir)  # a crashed earlier run may have left one behind
    paths["url"].unlink(missing_ok=True)
    command = [sys.executable, str(SERVERS / f"{script}.py"), "--port", "0",
               "--port-file", str(paths["url"]), "--storage", str(paths["storage"]), *extra]
    with open(paths["log"], "wb") as log:
        # Own session, so "stop" can kill the server and anything it spawns.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    paths["pid"].write_text(f"{process.pid}\n")

    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if paths["url"].exists():
            url = paths["url"].read_text().strip()
            if healthy(url):
                print(url)
                return 0
        time.sleep(0.1)

    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    paths["pid"].unlink(missing_ok=True)
    print(f"{name} did not come up (exit code {process.poll()}); log tail:\n"
          f"{log_tail(paths['log'])}", file=sys.stderr)
    return 1


def proc_file(pid, name):
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError:
        return None


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    # A server that already exited lingers as a zombie until whoever
    # adopted it (it outlives "start") reaps it; that counts as gone.
    stat = proc_file(pgid, "stat")
    return stat is None or stat.rsplit(b") ", 1)[-1][:1] != b"Z"


def stop(name, state_dir):
    pid_file = files(name, state_dir)["pid"]
    try:
        pgid = int(pid_file.read_text())
    except (OSError, ValueError):
        return 0
    # Don't signal a stranger that inherited the pid of a long-dead server, nor
    # another instance of the same script: only this instance has its own
    # port-file path on its command line.
    cmdline = proc_file(pgid, "cmdline")
    port_file = str(files(name, state_dir)["url"]).encode()
    if cmdline is not None and port_file not in cmdline.split(b"\0"):
        pid_file.unlink(missing_ok=True)
        return 0
    try:
        os.killpg(pgid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        while group_alive(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if group_alive(pgid):
            os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # already gone
    pid_file.unlink(missing_ok=True)
    return 0


def main(argv):
    # Everything after "--" goes to the server untouched (argparse would
    # otherwise try to interpret options such as --token).
    extra = []
    if "--" in argv:
        argv, extra = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("name", help="fixture instance, e.g. sandbox; names its state files")
    parser.add_argument("--script", help="emulator to run, e.g. sandbox for tests/servers/sandbox.py "
                                         "(default: NAME)")
    parser.add_argument("--state-dir", required=True)
    args = parser.parse_args(argv)
    if args.action == "start":
        return start(args.name, args.script or args.name, args.state_dir, extra)
    return stop(args.name, args.state_dir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
