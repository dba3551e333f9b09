"""Shared plumbing for Hoist's test HTTP servers ("emulators").

Every emulator is a small Flask app.  ``install(app, storage)`` makes it
record each request (headers, query and the multipart body exactly as it
came off the wire) and adds introspection endpoints under ``/_hoist/``:

  GET    /_hoist/health     -> {"ok": true}
  GET    /_hoist/requests   -> every recorded request, oldest first
  DELETE /_hoist/requests   -> clear the log
  GET    /_hoist/faults     -> faults still queued
  POST   /_hoist/faults     -> queue a fault (see below)
  DELETE /_hoist/faults     -> clear queued faults

Each log entry: method, path, query, query_string, headers (names lower-
cased), host (the Host header), content_type, content_length, body_bytes
(updated after every read of at most 64 KiB, so a test can wait for an
upload in flight to reach N bytes), parts (name, filename, content_type,
headers, size, sha256, value; filled in once the body is read), status
(null while in flight and for dropped connections), dropped (true when a fault closed
the connection without an answer) and, for "trickle" and "huge",
answer_bytes_sent (how much of the answer has been written; it stops
growing once the client goes away).

A fault is a JSON object POSTed to /_hoist/faults.  It applies to the next
``count`` (default 1) recorded requests whose method is ``method`` and
whose path starts with ``path`` (both optional; the oldest matching fault
goes first).  Waits are capped at MAX_HANG_SECONDS.  Kinds and fields:

  status          status, headers {}, body "": answer that instead
  redirect        status (301/302/303/307/308), location (relative or
                  absolute, e.g. another origin), headers, body: answer a
                  redirect.  Same path and a large count make a loop; each
                  hop is recorded and its body read.
  slow            bytes_per_sec: read the body at that rate, then handle it
  hang            seconds: read nothing for that long, then answer 504
  close           after_bytes 0: read that much body, then drop the
                  connection without an answer; nothing is handled
  drop_after_body read the whole body (parts recorded), then drop the
                  connection without an answer; nothing is handled
  delay           seconds: handle normally (so it is stored and the status
                  recorded), then hold the answer back that long
  trickle         interval 0.5, seconds 60: nothing is handled; answer 200
                  application/json, chunked, '{"a":' and then a space every
                  interval, ending after seconds
  huge            bytes: nothing is handled; answer 200 application/json
                  with Content-Length bytes and that many bytes ("[0,0,…")
  store_other_bytes  handle normally, but every file part is stored with
                  other bytes than were sent: the first byte flipped and
                  the last one dropped (a 1-byte file only flipped).  The
                  log keeps what came off the wire; the part the emulator
                  gets (size, sha256, md5, move_to) is the stored one, so
                  the size and hash the service reports differ.

Emulators read the body only through ``multipart_parts()``, which streams
file parts to disk while hashing them, so 300 MB uploads never sit in RAM.
A file part's size, sha256 and md5 describe the bytes it would store; only
a store_other_bytes fault makes them differ from the logged (wire) ones.
``main(create_app)`` runs an emulator from the command line.
"""

import argparse
import hashlib
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time

from flask import Blueprint, Response, current_app, g, jsonify, request
from werkzeug.exceptions import ClientDisconnected
from werkzeug.http import HTTP_STATUS_CODES, parse_options_header
from werkzeug.sansio import multipart as wire
from werkzeug.serving import make_server

CHUNK = 64 * 1024
# Text parts (no filename) are kept in memory; refuse absurd ones instead
# of letting a client bug eat the test machine's RAM.
MAX_TEXT_PART = 16 * 1024 * 1024
MAX_HANG_SECONDS = 60
MIB = 1024 * 1024
FAULT_KINDS = {"status", "slow", "hang", "close", "redirect", "drop_after_body", "delay",
               "trickle", "huge", "store_other_bytes"}
INTROSPECTION_PREFIX = "/_hoist/"


class MultipartError(ValueError):
    """The body claims to be multipart but cannot be decoded."""


# --------------------------------------------------------------------------
# Request body: counted, and throttled while a "slow" fault is active.

class Body:
    def __init__(self, stream, on_read):
        self.stream = stream
        self.on_read = on_read  # called with bytes_read after every read
        self.bytes_read = 0
        self.rate = None  # bytes/second while a "slow" fault is active
        self._started = time.monotonic()

    def read(self, size=CHUNK):
        if self.rate:
            # Small reads keep the throttle smooth instead of bursty.
            size = min(size, max(1, int(self.rate / 10)))
        data = self.stream.read(size)
        self.bytes_read += len(data)
        self.on_read(self.bytes_read)
        if self.rate:
            due = self._started + self.bytes_read / self.rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return data

    def drain(self):
        while self.read():
            pass


# --------------------------------------------------------------------------
# Multipart decoding.

class _Decoder(wire.MultipartDecoder):
    # werkzeug 2.2 decodes part headers as strict UTF-8 and would abort the
    # whole parse on e.g. a Latin-1 filename; we'd rather record it with
    # U+FFFD so the test can see what the client got wrong.
    def _parse_headers(self, data):
        return super()._parse_headers(bytes(data).decode("utf-8", "replace").encode())


class Part:
    """One multipart part; file parts live in a temp file, text parts in RAM.

    received and the wire hash are what came off the wire (the log shows
    them); size, sha256 and md5 are what the part stores, which differ only
    when a store_other_bytes fault altered a file part's bytes (tamper).
    """

    def __init__(self, name, filename, headers, spool, tamper=False):
        self.name = name
        self.filename = filename  # None for text parts
        self.headers = headers    # lower-cased name -> value, as sent
        self.received = 0
        self.data = bytearray()
        self.path = None
        self._hash = hashlib.sha256()
        self._md5 = hashlib.md5()
        self._stored = None  # (size, sha256, md5) once tampered bytes are in place
        self._tamper = tamper and filename is not None
        self._file = None
        if filename is not None:
            fd, self.path = tempfile.mkstemp(dir=spool, suffix=".part")
            self._file = os.fdopen(fd, "wb")

    @property
    def content_type(self):
        return self.headers.get("content-type")

    @property
    def size(self):
        return self._stored[0] if self._stored else self.received

    @property
    def sha256(self):
        return self._stored[1] if self._stored else self._hash.hexdigest()

    @property
    def md5(self):
        return self._stored[2] if self._stored else self._md5.hexdigest()

    @property
    def value(self):
        if self.filename is not None:
            return None
        return self.data.decode("utf-8", "replace")

    def write(self, chunk):
        self.received += len(chunk)
        self._hash.update(chunk)
        if self._file:
            self._md5.update(chunk)
            self._file.write(chunk)
        elif self.received > MAX_TEXT_PART:
            raise MultipartError(f"text part {self.name!r} exceeds {MAX_TEXT_PART} bytes")
        else:
            self.data += chunk

    def close(self):
        if self._file:
            self._file.close()
            self._file = None
            if self._tamper:
                self._store_other_bytes()

    def _store_other_bytes(self):
        """Flip the first byte, drop the last (keep a lone byte), and hash the result."""
        self._tamper = False
        if self.received == 0:
            return
        with open(self.path, "r+b") as f:
            first = f.read(1)[0]
            f.seek(0)
            f.write(bytes([first ^ 0xFF]))
            if self.received > 1:
                f.truncate(self.received - 1)
            f.seek(0)
            sha256, md5 = hashlib.sha256(), hashlib.md5()
            while chunk := f.read(CHUNK):
                sha256.update(chunk)
                md5.update(chunk)
        self._stored = (max(self.received - 1, 1), sha256.hexdigest(), md5.hexdigest())

    def move_to(self, dest):
        """Keep a file part's bytes (teardown deletes them otherwise)."""
        self.close()
        os.replace(self.path, dest)
        self.path = None

    def discard(self):
        self.close()
        if self.path:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass
            self.path = None

    def record(self):
        return {
            "name": self.name,
            "filename": self.filename,
            "content_type": self.content_type,
            "headers": dict(self.headers),
            "size": self.received,
            "sha256": self._hash.hexdigest(),
            "value": self.value,
        }


def multipart_boundary():
    """The request's multipart boundary, or None."""
    _, options = parse_options_header(request.headers.get("Content-Type", ""))
    return options.get("boundary") or None


def multipart_parts():
    """Decode the current request's multipart body once, in wire order.

    Raises MultipartError if there is no boundary, the body is malformed or
    the client went away mid-body.  Parts decoded before a failure stay in
    the request log.
    """
    if "hoist_parts" not in g:
        g.hoist_parts, g.hoist_parse_error = [], None
        try:
            boundary = multipart_boundary()
            if boundary is None:
                raise MultipartError("Invalid boundary in multipart: None")
            _decode(g.hoist_body, boundary, g.hoist_parts)
        except MultipartError as error:
            g.hoist_parse_error = error
        except (ValueError, OSError, ClientDisconnected) as error:
            g.hoist_parse_error = MultipartError(str(error))
    if g.hoist_parse_error:
        raise g.hoist_parse_error
    return g.hoist_parts


def _decode(body, boundary, parts):
    spool = current_app.config["HOIST_SPOOL"]
    decoder = _Decoder(boundary.encode("latin-1"))
    part = None
    while True:
        event = decoder.next_event()
        if event is wire.NEED_DATA:
            decoder.receive_data(body.read() or None)  # None marks end of body
        elif isinstance(event, (wire.Field, wire.File)):
            headers = {k.lower(): v for k, v in event.headers.items()}
            filename = event.filename if isinstance(event, wire.File) else None
            part = Part(event.name, filename, headers, spool, g.get("hoist_store_other", False))
            parts.append(part)
        elif isinstance(event, wire.Data):
            part.write(event.data)
            if not event.more_data:
                part.close()
        elif isinstance(event, wire.Epilogue):
            return


# --------------------------------------------------------------------------
# Request log and fault queue, shared by all handler threads.

class Recorder:
    def __init__(self):
        self._lock = threading.Lock()
        self._log = []
        self._faults = []

    def add(self, entry):
        with self._lock:
            self._log.append(entry)

    def update(self, entry, **changes):
        with self._lock:
            entry.update(changes)

    def entries(self):
        with self._lock:
            return [dict(e) for e in self._log]

    def clear(self):
        with self._lock:
            self._log.clear()

    def queue_fault(self, fault):
        with self._lock:
            self._faults.append(fault)

    def faults(self):
        with self._lock:
            return [dict(f) for f in self._faults]

    def clear_faults(self):
        with self._lock:
            self._faults.clear()

    def take_fault(self, method, path):
        """Pop one use of the oldest queued fault that matches the request."""
        with self._lock:
            for fault in self._faults:
                if fault.get("method", method).upper() != method:
                    continue
                if not path.startswith(fault.get("path", "")):
                    continue
                fault["count"] -= 1
                if fault["count"] <= 0:
                    self._faults.remove(fault)
                return dict(fault)
        return None


def _validate_fault(spec):
    """Return what is wrong with a POSTed fault, or None."""
    if not isinstance(spec, dict) or spec.get("kind") not in FAULT_KINDS:
        return f"kind must be one of {sorted(FAULT_KINDS)}"
    kind = spec["kind"]
    spec.setdefault("count", 1)
    if kind == "trickle":
        spec.setdefault("interval", 0.5)
        spec.setdefault("seconds", MAX_HANG_SECONDS)
    required = {"status": ["status"], "slow": ["bytes_per_sec"], "hang": ["seconds"],
                "redirect": ["status", "location"], "delay": ["seconds"],
                "huge": ["bytes"]}.get(kind, [])
    missing = [k for k in required if k not in spec]
    if missing:
        return f"{kind} fault needs {missing}"
    for key in ("count", "status", "bytes_per_sec", "seconds", "after_bytes", "interval",
                "bytes"):
        value = spec.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            return f"{key} must be a non-negative number"
    if spec["count"] < 1 or kind == "slow" and spec["bytes_per_sec"] == 0 \
            or spec.get("interval") == 0:
        return "count, bytes_per_sec and interval must not be 0"
    if not isinstance(spec.get("bytes", 0), int):
        return "bytes must be an integer"
    if kind == "redirect" and spec["status"] not in (301, 302, 303, 307, 308):
        return "redirect status must be 301, 302, 303, 307 or 308"
    if not isinstance(spec.get("headers", {}), dict):
        return "headers must be an object"
    return None


def _introspection(recorder):
    bp = Blueprint("hoist", __name__, url_prefix="/_hoist")

    @bp.get("/health")
    def health():
        return jsonify(ok=True)

    @bp.get("/requests")
    def list_requests():
        return jsonify(recorder.entries())

    @bp.delete("/requests")
    def clear_requests():
        recorder.clear()
        return "", 204

    @bp.get("/faults")
    def list_faults():
        return jsonify(recorder.faults())

    @bp.post("/faults")
    def add_fault():
        spec = request.get_json(silent=True)
        problem = _validate_fault(spec)
        if problem:
            return jsonify(detail=problem), 400
        recorder.queue_fault(spec)
        return jsonify(spec), 201

    @bp.delete("/faults")
    def clear_faults():
        recorder.clear_faults()
        return "", 204

    return bp


# --------------------------------------------------------------------------
# Hooks that record every non-introspection request and apply faults.

def _recorded():
    return not request.path.startswith(INTROSPECTION_PREFIX)


def _apply_fault(fault, recorder):
    """Return the response a fault dictates, or None to handle normally."""
    kind = fault["kind"]
    if kind == "slow":
        g.hoist_body.rate = float(fault["bytes_per_sec"])
        return None
    if kind == "store_other_bytes":
        g.hoist_store_other = True  # see Part
        return None
    if kind == "delay":
        g.hoist_delay = min(float(fault["seconds"]), MAX_HANG_SECONDS)  # see _after
        return None
    if kind == "hang":
        # Read nothing meanwhile, so the client's upload stalls.  _after
        # still drains the body, so the client then sees the 504, not a reset.
        time.sleep(min(float(fault["seconds"]), MAX_HANG_SECONDS))
        return Response("gateway timeout\n", 504, mimetype="text/plain")
    if kind in ("close", "drop_after_body"):
        if "werkzeug.socket" not in request.environ:
            return Response(f"{kind} fault needs werkzeug's server\n", 501)
        if kind == "drop_after_body":
            _finish_body()
        else:  # optionally let part of the upload through first (a mid-upload drop)
            remaining = fault.get("after_bytes", 0)
            while remaining > 0:
                data = g.hoist_body.read(min(CHUNK, remaining))
                if not data:
                    break
                remaining -= len(data)
        g.hoist_dropped = True  # _after closes the connection
        return Response(status=444)  # nginx's "no response"; never sent
    if kind in ("status", "redirect"):
        headers = dict(fault.get("headers") or {})
        if kind == "redirect":
            headers["Location"] = fault["location"]
        return Response(fault.get("body", ""), fault["status"], headers=headers)
    if kind in ("trickle", "huge"):
        # The emulator never sees the request, but _after still reads (and
        # records) the whole body before werkzeug starts sending this.
        recorder.update(g.hoist_entry, answer_bytes_sent=0)
        if kind == "trickle":
            seconds = min(float(fault["seconds"]), MAX_HANG_SECONDS)
            chunks, headers = _trickle(float(fault["interval"]), seconds), {}
        else:
            chunks, headers = _huge(fault["bytes"]), {"Content-Length": str(fault["bytes"])}
        return Response(_counted(chunks, recorder, g.hoist_entry), 200, headers=headers,
                        mimetype="application/json")
    return None


def _trickle(interval, seconds):
    """A JSON answer that never completes: a space every interval, for seconds."""
    yield b'{"a":'
    for _ in range(int(seconds / interval)):
        time.sleep(interval)
        yield b" "


def _huge(size):
    """size bytes of a JSON array that never ends, 1 MiB at a time."""
    head = b"["[:size]
    yield head
    chunk = b"0," * (MIB // 2)
    for offset in range(len(head), size, MIB):
        yield chunk[:size - offset]  # the whole chunk itself, not a copy, until the last


def _counted(chunks, recorder, entry):
    """Pass an answer's chunks on, recording how much of it the client was sent.

    werkzeug asks for the next chunk only once it has written this one.  When
    the client has gone away its write fails; werkzeug takes that quietly as
    a dropped connection and closes this generator at its yield, which ends it.
    Runs after the request context is gone, hence no g here.
    """
    sent = 0
    for chunk in chunks:
        yield chunk
        sent += len(chunk)
        recorder.update(entry, answer_bytes_sent=sent)


def _before():
    if not _recorded():
        return None
    recorder = current_app.extensions["hoist_recorder"]
    g.hoist_entry = entry = {
        "finished": False,  # set once the emulator is done with the request
        "method": request.method,
        "path": request.path,
        "query": request.args.to_dict(flat=False),
        "query_string": request.query_string.decode("utf-8", "replace"),
        "headers": {k.lower(): v for k, v in request.headers.items()},
        "host": request.headers.get("Host"),
        "content_type": request.content_type,
        "content_length": request.content_length,
        "body_bytes": 0,
        "parts": [],
        "status": None,  # stays null while in flight and for dropped connections
        "dropped": False,
    }
    g.hoist_body = Body(request.stream, lambda n: recorder.update(entry, body_bytes=n))
    recorder.add(entry)
    fault = recorder.take_fault(request.method, request.path)
    return _apply_fault(fault, recorder) if fault else None


def _finish_body():
    """Consume whatever the emulator left unread.

    Reading the rest matters beyond recording: werkzeug always closes the
    connection after answering, and closing with unread bytes makes the
    kernel send RST, so the client might never see our answer.
    """
    try:
        if request.mimetype.startswith("multipart/"):
            multipart_parts()
        g.hoist_body.drain()
    except Exception:  # a malformed body, or the client went away mid-body: record what we got
        pass


def _after(response):
    # werkzeug sends "201 CREATED"; real servers (and Qt's reason phrase
    # attribute, which Hoist may show) say "201 Created".
    code = response.status_code
    response.status = f"{code} {HTTP_STATUS_CODES.get(code, 'Unknown')}"
    if not _recorded() or "hoist_entry" not in g:
        return response
    dropped = g.get("hoist_dropped", False)
    if not dropped:
        _finish_body()
    parts = g.get("hoist_parts") or []
    current_app.extensions["hoist_recorder"].update(
        g.hoist_entry,
        parts=[p.record() for p in parts],
        status=None if dropped else response.status_code,
        dropped=dropped,
    )
    if dropped:
        # Only now, so a client that sees the connection go finds its entry
        # complete.  After shutdown werkzeug's attempt to send our (empty)
        # response fails with a broken pipe, which its server quietly treats
        # as a dropped connection, so nothing at all reaches the client.
        try:
            request.environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
        except OSError:  # the client reset the connection first
            pass
    # A "delay" fault: the emulator has handled (and stored) the request; only the answer waits.
    time.sleep(g.get("hoist_delay", 0))
    return response


def _teardown(_exc):
    for part in g.get("hoist_parts") or []:
        part.discard()
    # The emulator is done with this request (stored or not), whatever became of the client: tests
    # wait for this instead of sleeping before they look at what was stored.
    if "hoist_entry" in g:
        current_app.extensions["hoist_recorder"].update(g.hoist_entry, finished=True)


def add_test_routes(app, items, expire_tokens, tokens_issued):
    """The service emulators' test-only routes (not recorded, no auth):
    GET /_hoist/items (what is stored), POST /_hoist/expire-tokens (every
    access token issued so far stops working), GET /_hoist/tokens
    ({"issued": N})."""
    app.add_url_rule("/_hoist/items", "hoist_items", lambda: jsonify(items()))

    def expire():
        expire_tokens()
        return "", 204

    app.add_url_rule("/_hoist/expire-tokens", "hoist_expire_tokens", expire, methods=["POST"])
    app.add_url_rule("/_hoist/tokens", "hoist_tokens", lambda: jsonify(issued=tokens_issued()))


def install(app, storage):
    """Record requests to ``app``; file parts are spooled under ``storage``."""
    spool = os.path.join(storage, ".spool")
    os.makedirs(spool, exist_ok=True)
    recorder = Recorder()
    app.config["HOIST_SPOOL"] = spool
    app.extensions["hoist_recorder"] = recorder
    # Keep non-ASCII filenames readable and keys in insertion order.
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.register_blueprint(_introspection(recorder))
    app.before_request(_before)
    app.after_request(_after)
    app.teardown_request(_teardown)
    return recorder


# --------------------------------------------------------------------------
# Command line.

def _write_atomically(path, text):
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main(create_app, add_arguments=None):
    """Run an emulator: ``create_app(args)`` must return a Flask app.

    ``args.storage`` is always an existing directory when create_app runs.
    """
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--port-file", help="write the base URL here once listening")
    parser.add_argument("--storage", help="data directory (default: a temp dir)")
    if add_arguments:
        add_arguments(parser)
    args = parser.parse_args()

    own_storage = args.storage is None
    args.storage = args.storage or tempfile.mkdtemp(prefix="hoist-emulator-")
    # The library lives in memory and numbers items from 1: files of an earlier run would collide.
    if not own_storage:
        shutil.rmtree(args.storage, ignore_errors=True)
    os.makedirs(args.storage, exist_ok=True)
    # SIGTERM (from fixture.py stop) should unwind normally so the
    # temp dir below gets removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server = make_server(args.host, args.port, create_app(args), threaded=True)
        url = f"http://127.0.0.1:{server.server_port}"
        if args.port_file:
            _write_atomically(args.port_file, url + "\n")
        print(f"listening on {url}, storage {args.storage}", file=sys.stderr, flush=True)
        server.serve_forever()
    finally:
        if own_storage:
            shutil.rmtree(args.storage, ignore_errors=True)
