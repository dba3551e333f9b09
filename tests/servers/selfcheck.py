"""What every emulator self-check shares (stdlib only): a test registry,
checks, hand-built multipart bodies, a urllib client that never follows
redirects, and a runner that starts the emulator through fixture.py exactly
as CTest does.

  import selfcheck
  @selfcheck.test
  def something(client, state_dir): ...
  sys.exit(selfcheck.main("xibo", extra_args))
"""

import base64
import contextlib
import json
import subprocess
import sys
import tempfile
import traceback
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

FIXTURE = Path(__file__).resolve().parent / "fixture.py"
BOUNDARY = "hoist-test-boundary-7e3a"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_eq(actual, expected, what):
    check(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")


def multipart(*parts, boundary=BOUNDARY):
    """parts: (name, filename or None, content type or None, bytes or str)."""
    body = b""
    for name, filename, content_type, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        if content_type:
            body += f"Content-Type: {content_type}\r\n".encode()
        body += b"\r\n" + (data.encode() if isinstance(data, str) else data) + b"\r\n"
    return body + f"--{boundary}--\r\n".encode()


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None  # hand 3xx back to the test instead of following it


class Client:
    def __init__(self, url):
        self.url = url
        self.opener = urllib.request.build_opener(NoRedirect)

    def call(self, method, path, body=None, headers=None):
        url = path if path.startswith("http") else self.url + path
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=10) as response:
                return Reply(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.headers, error.read())

    def post_multipart(self, path, *parts, headers=None, method="POST"):
        return self.call(method, path, multipart(*parts), {"Content-Type": MULTIPART, **(headers or {})})

    def post_form(self, path, fields, headers=None):
        return self.call("POST", path, urlencode(fields).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})

    def fault(self, **spec):
        reply = self.call("POST", "/_hoist/faults", json.dumps(spec).encode(),
                          {"Content-Type": "application/json"})
        check_eq(reply.status, 201, f"queue fault {spec}")

    def requests(self):
        return self.call("GET", "/_hoist/requests").json()

    def last_request(self):
        return self.requests()[-1]

    def reset(self):
        self.call("DELETE", "/_hoist/requests")
        self.call("DELETE", "/_hoist/faults")


@contextlib.contextmanager
def running(name, state_dir, *server_args):
    start = [sys.executable, str(FIXTURE), "start", name, "--state-dir", str(state_dir)]
    subprocess.run(start + ["--", *server_args], check=True, stdout=subprocess.DEVNULL)
    try:
        yield Client((Path(state_dir) / f"{name}.url").read_text().strip())
    finally:
        subprocess.run([sys.executable, str(FIXTURE), "stop", name,
                        "--state-dir", str(state_dir)], check=True)


def main(name, *server_args):
    """Run every registered test against one instance of tests/servers/NAME.py."""
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix=f"hoist-{name}-test-") as state_dir:
        with running(name, state_dir, *server_args) as client:
            for fn in TESTS:
                client.reset()
                try:
                    fn(client, state_dir)
                    passed += 1
                    print(f"ok   {fn.__name__}")
                except Exception:
                    failed += 1
                    print(f"FAIL {fn.__name__}\n{traceback.format_exc()}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
