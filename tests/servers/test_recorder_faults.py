"""Self-check for the recorder's hostile-server faults (stdlib only).

  /usr/bin/python3 tests/servers/test_recorder_faults.py

Runs the sandbox through fixture.py, as test_sandbox.py does, but talks to
it with http.client, so a test sees exactly what came off the socket: a
connection closed with no status line, an answer that never ends.  Every
socket has a timeout and every wait a deadline, so nothing can hang.
"""

import hashlib
import http.client
import json
import socket
import struct
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from selfcheck import MULTIPART, check, check_eq, multipart, test
import selfcheck

FILES = "/api/media/files"
MIB = 1024 * 1024


def connect(url, timeout=10):
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)


def send_upload(client, data):
    """Send an upload of data and return the connection, without waiting for the answer."""
    conn = connect(client.url)
    conn.request("POST", FILES, multipart(("f", "a.bin", "application/octet-stream", data)),
                 {"Content-Type": MULTIPART})
    return conn


def stored(client):
    return client.call("GET", FILES).json()["count"]


def upload_entry(client):
    """The log entry of the upload (the GETs of stored() are logged too), or None."""
    return next((e for e in client.requests() if e["method"] == "POST"), None)


def wait_for(what, probe, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def settled_answer_bytes(client, pause):
    """The upload's answer_bytes_sent once it stayed put for pause seconds."""
    last = None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        time.sleep(pause)
        sent = upload_entry(client)["answer_bytes_sent"]
        if sent == last:
            return sent
        last = sent
    raise AssertionError(f"the server kept sending after the client left ({last} bytes)")


def check_quiet_log(state_dir):
    log = (Path(state_dir) / "sandbox.log").read_text(errors="replace")
    check("Traceback" not in log, f"the emulator logged a traceback:\n{log[-3000:]}")


# --------------------------------------------------------------------------

@test
def new_fault_specs_are_checked(client, _):
    for spec in [{"kind": "delay"}, {"kind": "huge"}, {"kind": "huge", "bytes": 1.5},
                 {"kind": "trickle", "interval": 0}]:
        reply = client.call("POST", "/_hoist/faults", json.dumps(spec).encode(),
                            {"Content-Type": "application/json"})
        check_eq(reply.status, 400, f"{spec} refused")
    reply = client.call("POST", "/_hoist/faults", b'{"kind": "trickle"}',
                        {"Content-Type": "application/json"})
    check_eq(reply.json(), {"kind": "trickle", "count": 1, "interval": 0.5, "seconds": 60},
             "trickle defaults")


@test
def store_other_bytes_stores_what_was_not_sent(client, _):
    spec = {"kind": "store_other_bytes", "count": 2, "method": "POST"}
    reply = client.call("POST", "/_hoist/faults", json.dumps(spec).encode(),
                        {"Content-Type": "application/json"})
    check_eq((reply.status, reply.json()), (201, spec), "queued")
    client.fault(kind="store_other_bytes", method="POST", path=FILES)
    data = bytes(range(256)) * 1024  # 256 KiB: more than one read
    altered = bytes([data[0] ^ 0xFF]) + data[1:-1]
    for what, sent, kept in [("big", data, altered), ("one byte", b"A", bytes([ord("A") ^ 0xFF])),
                             ("empty", b"", b"")]:
        conn = send_upload(client, sent)
        try:
            answer = conn.getresponse()
            body = json.loads(answer.read())
        finally:
            conn.close()
        if not sent:
            check_eq((answer.status, body), (400, {"f": ["The submitted file is empty."]}), what)
            continue
        check_eq((answer.status, body["size"], body["sha256"]),
                 (201, len(kept), hashlib.sha256(kept).hexdigest()), f"{what}: reported")
        check_eq(client.call("GET", body["f"]).body, kept, f"{what}: stored bytes")
        part = upload_entry(client)["parts"][0]
        check_eq((part["size"], part["sha256"]), (len(sent), hashlib.sha256(sent).hexdigest()),
                 f"{what}: the log keeps the wire's size and hash")
        client.call("DELETE", "/_hoist/requests")
    check_eq(client.call("GET", "/_hoist/faults").json(), [], "all three faults used up")
    conn = send_upload(client, data)
    try:
        body = json.loads(conn.getresponse().read())
    finally:
        conn.close()
    check_eq((body["size"], body["sha256"]), (len(data), hashlib.sha256(data).hexdigest()),
             "the next upload is stored as sent")


@test
def drop_after_body_reads_everything_and_answers_nothing(client, _):
    before = stored(client)
    data = bytes(range(256)) * 1024  # 256 KiB: more than one read
    client.fault(kind="drop_after_body", method="POST", path=FILES)
    conn = send_upload(client, data)
    try:
        reply = conn.getresponse()
        raise AssertionError(f"expected no answer, got {reply.status}")
    except http.client.RemoteDisconnected:
        pass
    finally:
        conn.close()
    entry = upload_entry(client)
    check_eq((entry["status"], entry["dropped"], entry["body_bytes"]),
             (None, True, entry["content_length"]), "record")
    check_eq((entry["parts"][0]["size"], entry["parts"][0]["sha256"]),
             (len(data), hashlib.sha256(data).hexdigest()), "file part")
    check_eq(stored(client), before, "items stored")


@test
def delay_stores_then_holds_the_answer_back(client, _):
    before = stored(client)
    client.fault(kind="delay", seconds=2, method="POST")
    began = time.monotonic()
    conn = send_upload(client, b"delayed")
    try:
        wait_for("the item stored", lambda: stored(client) == before + 1)
        check_eq(upload_entry(client)["status"], 201, "status recorded while the answer waits")
        check(time.monotonic() - began < 1.5, "stored long before the answer")
        reply = conn.getresponse()
        check(time.monotonic() - began >= 2, "answer held back 2 s")
        check_eq(reply.status, 201, "status")
    finally:
        conn.close()
    check_eq(upload_entry(client)["dropped"], False, "dropped")


@test
def trickle_never_ends_until_the_client_leaves(client, state_dir):
    before = stored(client)
    client.fault(kind="trickle", interval=0.2, method="POST")
    conn = send_upload(client, b"abc")
    reply = conn.getresponse()
    try:
        check_eq((reply.status, reply.getheader("Content-Type"),
                  reply.getheader("Transfer-Encoding"), reply.getheader("Content-Length")),
                 (200, "application/json", "chunked", None), "answer head")
        received, reads = b"", 0
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            data = reply.read1()
            check(data, f"the answer ended after {received!r}")
            received, reads = received + data, reads + 1
        check(reads >= 4 and received.startswith(b'{"a":'), f"{reads} reads: {received!r}")
    finally:
        reply.close()  # the answer owns the socket: werkzeug said Connection: close
    sent = settled_answer_bytes(client, pause=0.6)  # 3 intervals without a write
    check(sent >= len(received), f"answer_bytes_sent {sent} < {len(received)} received")
    check_eq(upload_entry(client)["status"], 200, "recorded status")
    check_eq(stored(client), before, "items stored")
    check_quiet_log(state_dir)


@test
def huge_answer_stops_when_the_client_leaves(client, state_dir):
    before = stored(client)
    client.fault(kind="huge", bytes=4_000_000_000, method="POST")
    conn = send_upload(client, b"abc")
    reply = conn.getresponse()
    try:
        check_eq((reply.status, reply.getheader("Content-Type"),
                  reply.getheader("Content-Length")),
                 (200, "application/json", "4000000000"), "answer head")
        data = reply.read(3 * MIB)
        check(len(data) == 3 * MIB and data.startswith(b"[0,0,"), f"{len(data)} bytes")
    finally:
        reply.close()
    sent = settled_answer_bytes(client, pause=0.3)
    check(3 * MIB <= sent < 200 * MIB, f"answer_bytes_sent {sent}")
    check_eq(stored(client), before, "items stored")
    check_quiet_log(state_dir)


@test
def body_bytes_grow_while_a_slow_upload_is_read(client, _):
    client.fault(kind="slow", bytes_per_sec=100_000, method="POST")
    body = multipart(("f", "big.bin", None, bytes(1_000_000)))
    conn = connect(client.url)
    conn.putrequest("POST", FILES)
    conn.putheader("Content-Type", MULTIPART)
    conn.putheader("Content-Length", str(len(body)))
    conn.endheaders()
    stop = threading.Event()

    def send():
        for offset in range(0, len(body), 16384):
            if stop.is_set():
                return
            conn.send(body[offset:offset + 16384])

    sender = threading.Thread(target=send)
    sender.start()
    try:
        entry = wait_for("200 KB read", lambda: (e := upload_entry(client))
                         and e["body_bytes"] > 200_000 and e)
        check_eq(entry["status"], None, "status while in flight")
        check(entry["body_bytes"] < len(body), f"{entry['body_bytes']} bytes read already")
        check_eq(entry["host"], urlsplit(client.url).netloc, "host")
    finally:
        stop.set()
        sender.join(5)
        # Abort (RST) rather than let the server read the rest for 8 s more.
        conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
    # Don't let the aborted upload run into the next test.
    entry = wait_for("the aborted upload's end", lambda: (e := upload_entry(client))
                     and e["status"] is not None and e)
    check(entry["status"] == 400 and entry["body_bytes"] < len(body), f"aborted: {entry}")


@test
def redirect_loop_records_every_hop(client, _):
    port = urlsplit(client.url).port
    elsewhere = f"http://localhost:{port}{FILES}"  # same server, another origin
    client.fault(kind="redirect", status=307, location=FILES, count=5, method="POST")
    client.fault(kind="redirect", status=307, location=elsewhere, count=5, method="POST")
    # Big enough that an undrained body would reset the connection before the 307.
    body = multipart(("f", "loop.bin", None, bytes(300_000)))
    url, hops = client.url + FILES, []
    for _ in range(11):
        conn = connect(url)
        try:
            conn.request("POST", urlsplit(url).path, body, {"Content-Type": MULTIPART})
            reply = conn.getresponse()
            reply.read()
        finally:
            conn.close()
        if reply.status != 307:
            break
        hops.append(reply.getheader("Location"))
        url = urljoin(url, hops[-1])
    check_eq(reply.status, 201, "after the loop")
    check_eq(hops, [FILES] * 5 + [elsewhere] * 5, "Location of each hop")
    entries = client.requests()
    check_eq([(e["path"], e["host"], e["status"], e["body_bytes"]) for e in entries],
             [(FILES, f"127.0.0.1:{port}", 307, len(body))] * 6
             + [(FILES, f"localhost:{port}", 307, len(body))] * 4
             + [(FILES, f"localhost:{port}", 201, len(body))], "recorded hops")


if __name__ == "__main__":
    sys.exit(selfcheck.main("sandbox"))
