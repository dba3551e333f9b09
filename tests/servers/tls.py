"""HTTPS test server: one port per kind of certificate trouble (stdlib only).

At start-up it makes, with the openssl command line, in its storage dir:

  ca.pem            "Hoist Test CA": the CA the tests hand to hoist (--cacert)
  other-ca.pem      "Hoist Other CA": never handed to anyone
  <kind>.pem/.key   one leaf per kind below

and serves each kind on its own port of 127.0.0.1:

  valid           127.0.0.1 (IP and DNS SAN), signed by the test CA
  wrong_host      CN/SAN other.example, signed by the test CA
  expired         127.0.0.1, valid 1 Jan 2024 .. 3 Jan 2025 (noon UTC), test CA
  not_yet_valid   127.0.0.1, valid from 1 Jan 2040, test CA
  self_signed     127.0.0.1, its own issuer
  unknown_issuer  127.0.0.1, signed by the other CA (only the leaf is sent)

Every TLS port answers any POST with 201 {"id": 1} after reading the whole
body, and GET /_hoist/health with 200. Two plain-http ports join them:

  control         plain http: GET /_hoist/requests lists what every port
                  saw, DELETE clears it; also /_hoist/health
  plain_closing   plain TCP: reads what comes first, then drops the connection
                  without a word (a plain-http server that breaks off)

What the ports saw, oldest first, each with "port" (the kind) and "event":
  handshake           a TLS handshake succeeded
  handshake_failed    it did not; "reason" is OpenSSL's (e.g. HTTP_REQUEST
                      for plain http sent to a TLS port)
  request             "method", "path", "bytes" (body bytes read)
  connection          on plain_closing; "tls_hello": whether the first byte
                      was a TLS handshake record

  /usr/bin/python3 tests/servers/tls.py --port 0 --port-file F --storage DIR

--port-file gets the base URL of the "valid" port (what fixture.py waits
for); DIR/ports.json gets {"ports": {kind: port}, "ca": path,
"other_ca": path, "certificates": {kind: path}}.
"""

import argparse
import json
import os
import shutil
import signal
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"
HANDSHAKE_TIMEOUT = 10
LOCAL_SAN = "subjectAltName=IP:127.0.0.1,DNS:localhost"
# openssl ca's dates: UTCTime. Noon UTC, so the day is the same in every time zone within ±11 h.
EXPIRED_DATES = ("240101120000Z", "250103120000Z")
NOT_YET_VALID_DATES = ("400101120000Z", "410101120000Z")
KINDS = ("valid", "wrong_host", "expired", "not_yet_valid", "self_signed", "unknown_issuer")


def openssl(*args, cwd):
    if shutil.which("openssl") is None:
        sys.exit("tls.py needs the openssl command line (Debian package openssl; scripts/setup.sh)")
    result = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"openssl {' '.join(args)} failed:\n{result.stderr}")


def new_key_and_request(name, subject, cwd):
    openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", subject, cwd=cwd)


def make_ca(name, common_name, cwd):
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "3650", "-subj", f"/CN={common_name}",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=cwd)
    # openssl ca wants a database of its own per CA.
    db = Path(cwd) / f"{name}.db"
    db.mkdir()
    (db / "index.txt").write_text("")
    (db / "serial").write_text("1000\n")
    (Path(cwd) / f"{name}.cnf").write_text(f"""[ca]
default_ca = this
[this]
dir = {db}
database = $dir/index.txt
serial = $dir/serial
new_certs_dir = $dir
certificate = {Path(cwd) / (name + '.pem')}
private_key = {Path(cwd) / (name + '.key')}
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
""")


def sign(name, ca, san, cwd, dates=None):
    """Signs NAME.csr with CA into NAME.pem; `dates` = (notBefore, notAfter) or 30 days from now."""
    extensions = Path(cwd) / f"{name}.ext"
    extensions.write_text(f"basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                          f"extendedKeyUsage=serverAuth\n{san}\n")
    validity = ["-startdate", dates[0], "-enddate", dates[1]] if dates else ["-days", "30"]
    openssl("ca", "-batch", "-notext", "-config", f"{ca}.cnf", "-in", f"{name}.csr", "-out", f"{name}.pem",
            "-extfile", str(extensions), *validity, cwd=cwd)


def make_certificates(directory):
    make_ca("ca", "Hoist Test CA", directory)
    make_ca("other-ca", "Hoist Other CA", directory)
    leaves = {
        "valid": ("/CN=127.0.0.1", LOCAL_SAN, "ca", None),
        "wrong_host": ("/CN=other.example", "subjectAltName=DNS:other.example", "ca", None),
        "expired": ("/CN=127.0.0.1", LOCAL_SAN, "ca", EXPIRED_DATES),
        "not_yet_valid": ("/CN=127.0.0.1", LOCAL_SAN, "ca", NOT_YET_VALID_DATES),
        "unknown_issuer": ("/CN=127.0.0.1", LOCAL_SAN, "other-ca", None),
    }
    for name, (subject, san, ca, dates) in leaves.items():
        new_key_and_request(name, subject, directory)
        sign(name, ca, san, directory, dates)
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "self_signed.key", "-out", "self_signed.pem", "-days", "30", "-subj", "/CN=127.0.0.1",
            "-addext", LOCAL_SAN, cwd=directory)


class Recorded:
    """What every port saw, shared by all of them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = []

    def add(self, kind, event, **details):
        with self.lock:
            self.events.append({"port": kind, "event": event, **details})

    def list(self):
        with self.lock:
            return list(self.events)

    def clear(self):
        with self.lock:
            self.events.clear()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "HoistTls/1"

    def log_message(self, format, *args):
        sys.stderr.write(f"[{self.server.kind}] {format % args}\n")

    def answer(self, status, document):
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/_hoist/health":
            self.answer(200, {"ok": True, "port": self.server.kind})
        elif self.path == "/_hoist/requests" and self.server.kind == "control":
            self.answer(200, self.server.recorded.list())
        else:
            self.answer(404, {"detail": "Not found."})

    def do_DELETE(self):
        if self.path == "/_hoist/requests" and self.server.kind == "control":
            self.server.recorded.clear()
            self.answer(200, [])
        else:
            self.answer(404, {"detail": "Not found."})

    def do_POST(self):
        remaining = int(self.headers.get("Content-Length") or 0)
        received = 0
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 65536))
            if not chunk:
                break
            received += len(chunk)
            remaining -= len(chunk)
        self.server.recorded.add(self.server.kind, "request", method=self.command, path=self.path,
                                 bytes=received)
        self.answer(201, {"id": 1})

    do_PUT = do_POST
    do_PATCH = do_POST


class PlainServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, kind, recorded, port=0):
        super().__init__((HOST, port), Handler)
        self.kind = kind
        self.recorded = recorded


class TlsServer(PlainServer):
    def __init__(self, kind, recorded, context, port=0):
        super().__init__(kind, recorded, port)
        self.context = context

    # The handshake runs on the connection's own thread: a client that never finishes it (or speaks
    # plain http to this port) must not hold up the accept loop.
    def finish_request(self, request, client_address):
        request.settimeout(HANDSHAKE_TIMEOUT)
        try:
            connection = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as error:
            # Recorded before the socket closes, so a client that saw the close finds it listed.
            self.recorded.add(self.kind, "handshake_failed",
                              reason=getattr(error, "reason", None) or str(error))
            sys.stderr.write(f"[{self.kind}] handshake from port {client_address[1]} failed: {error}\n")
            return
        self.recorded.add(self.kind, "handshake")
        try:
            self.RequestHandlerClass(connection, client_address, self)
        finally:
            connection.close()


class ClosingHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(HANDSHAKE_TIMEOUT)
        try:
            first = self.request.recv(65536)
        except OSError:
            first = b""
        self.server.recorded.add(self.server.kind, "connection", tls_hello=first[:1] == b"\x16")
        # Unread data makes the close a reset, as when a real server gives up on a request.


class ClosingServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, kind, recorded):
        super().__init__((HOST, 0), ClosingHandler)
        self.kind = kind
        self.recorded = recorded


def write_atomically(path, text):
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="port of the valid certificate (0: a free one)")
    parser.add_argument("--port-file", help="write the valid port's base URL here once listening")
    parser.add_argument("--storage", help="where the certificates and ports.json go (default: a temp dir)")
    args = parser.parse_args()

    own_storage = args.storage is None
    storage = Path(args.storage or tempfile.mkdtemp(prefix="hoist-tls-"))
    if not own_storage:
        shutil.rmtree(storage, ignore_errors=True)
    storage.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        make_certificates(storage)
        recorded = Recorded()
        servers = {}
        for kind in KINDS:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(storage / f"{kind}.pem", storage / f"{kind}.key")
            servers[kind] = TlsServer(kind, recorded, context, args.port if kind == "valid" else 0)
        servers["control"] = PlainServer("control", recorded)
        servers["plain_closing"] = ClosingServer("plain_closing", recorded)
        for server in servers.values():
            threading.Thread(target=server.serve_forever, daemon=True).start()
        ports = {kind: server.server_address[1] for kind, server in servers.items()}
        write_atomically(storage / "ports.json", json.dumps({
            "ports": ports,
            "ca": str(storage / "ca.pem"),
            "other_ca": str(storage / "other-ca.pem"),
            "certificates": {kind: str(storage / f"{kind}.pem") for kind in KINDS},
        }, indent=2) + "\n")
        url = f"https://{HOST}:{ports['valid']}"
        if args.port_file:
            write_atomically(args.port_file, url + "\n")
        print(f"listening on {url}, ports {ports}, storage {storage}", file=sys.stderr, flush=True)
        threading.Event().wait()
    finally:
        if own_storage:
            shutil.rmtree(storage, ignore_errors=True)


if __name__ == "__main__":
    main()
