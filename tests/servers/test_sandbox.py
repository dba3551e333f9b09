"""Self-check for the sandbox emulator and its recorder (stdlib only).

  /usr/bin/python3 tests/servers/test_sandbox.py

Starts the sandbox through fixture.py, exactly as CTest will, and talks to
it with urllib and hand-built multipart bodies so that every byte on the
wire is under the test's control.
"""

import hashlib
import http.client
import json
import sys
import time
import urllib.error
from pathlib import Path
from urllib.parse import quote

from selfcheck import MULTIPART, check, check_eq, multipart, running, test
import selfcheck

UNICODE_NAME = "Ünïcødé 名前.png"


def upload(client, *parts, headers=None):
    return client.post_multipart("/api/media/files", *parts, headers=headers)


# --------------------------------------------------------------------------

@test
def upload_with_unicode_filename(client, _):
    data = bytes(range(256)) * 206  # 52736 bytes: "51.5 KB"
    body = multipart(("f", UNICODE_NAME, "image/png", data),
                     ("name", None, None, "Holiday"),
                     ("description", None, "text/plain; charset=utf-8", "Café ☕"))
    reply = client.call("POST", "/api/media/files", body,
                        {"Content-Type": MULTIPART})
    check_eq(reply.status, 201, "status")
    item = reply.json()
    expected_f = f"{client.url}/media/{item['id']}/{quote(UNICODE_NAME, safe='')}"
    for key, value in [("type", "image"), ("name", "Holiday"), ("description", "Café ☕"),
                       ("size", len(data)), ("sha256", hashlib.sha256(data).hexdigest()),
                       ("content_type", "image/png"), ("human_readable_size", "51.5 KB"),
                       ("f", expected_f), ("thumbnails", []), ("folder", "")]:
        check_eq(item[key], value, key)
    check_eq(item["user"]["username"], "sandbox", "user")
    check(item["created_at"].endswith("Z"), "created_at in UTC")
    check_eq(reply.headers["Location"], f"{client.url}/api/media/files/{item['id']}",
             "Location")
    check_eq(client.call("GET", item["f"]).body, data, "downloaded bytes")
    check_eq(client.call("GET", f"/api/media/files/{item['id']}").json(), item, "detail")

    record = client.requests()[0]  # the upload; the GETs above came after it
    check_eq((record["method"], record["path"], record["status"]),
             ("POST", "/api/media/files", 201), "recorded request")
    check_eq(record["body_bytes"], len(body), "body_bytes")
    check_eq(record["content_length"], len(body), "content_length")
    check_eq([p["name"] for p in record["parts"]], ["f", "name", "description"], "part order")
    f, name, description = record["parts"]
    check_eq(f["filename"], UNICODE_NAME, "filename")
    check_eq(f["content_type"], "image/png", "content_type")
    check_eq(f["size"], len(data), "size")
    check_eq(f["sha256"], hashlib.sha256(data).hexdigest(), "sha256")
    check_eq(f["value"], None, "file part value")
    check_eq((name["filename"], name["content_type"], name["value"]),
             (None, None, "Holiday"), "text part")
    check_eq(description["content_type"], "text/plain; charset=utf-8", "text part type")
    check_eq(description["value"], "Café ☕", "text part value")


@test
def empty_file_is_rejected(client, _):
    reply = upload(client, ("f", "empty.txt", "text/plain", b""))
    check_eq((reply.status, reply.json()), (400, {"f": ["The submitted file is empty."]}),
             "reply")
    record = client.last_request()
    check_eq((record["status"], record["parts"][0]["size"]), (400, 0), "record")


@test
def part_without_content_type(client, _):
    reply = upload(client, ("f", "raw.dat", None, b"\x00\x01\x02"))
    check_eq(reply.status, 201, "status")
    check_eq(reply.json()["content_type"], "application/octet-stream", "reported type")
    part = client.last_request()["parts"][0]
    check_eq(part["content_type"], None, "recorded content_type")
    check("content-type" not in part["headers"], "no content-type header recorded")


@test
def other_validation_errors(client, _):
    cases = [
        (("name", None, None, "x"), {"f": ["No file was submitted."]}),
        (("f", None, None, "text"), {"f": ["The submitted data was not a file. "
                                           "Check the encoding type on the form."]}),
        (("f", "", "text/plain", "abc"), {"f": ["No filename could be determined."]}),
    ]
    for part, expected in cases:
        reply = upload(client, part)
        check_eq((reply.status, reply.json()), (400, expected), f"upload {part[:3]}")
    reply = client.call("POST", "/api/media/files", multipart(("f", "a", None, "a")),
                        {"Content-Type": "multipart/form-data"})
    check_eq((reply.status, reply.json()["detail"]),
             (400, "Multipart form parse error - Invalid boundary in multipart: None"),
             "no boundary")


@test
def json_body_is_unsupported(client, _):
    body = b'{"f": "nope"}'
    reply = client.call("POST", "/api/media/files", body, {"Content-Type": "application/json"})
    check_eq((reply.status, reply.json()),
             (415, {"detail": 'Unsupported media type "application/json" in request.'}),
             "reply")
    record = client.last_request()
    check_eq((record["status"], record["body_bytes"], record["parts"]), (415, len(body), []),
             "record")


@test
def unknown_paths_are_404(client, _):
    for path in ["/api/media/files/", "/api/media/files/999999", "/nope"]:
        reply = client.call("GET", path)
        check_eq((reply.status, reply.json()), (404, {"detail": "Not found."}), path)


@test
def list_paginates_newest_first_and_delete(client, _):
    ids = [upload(client, ("f", "p.txt", "text/plain", "x"), ("name", None, None, f"page-{n}"))
           .json()["id"] for n in range(3)]
    page = client.call("GET", "/api/media/files?search=page-&limit=2").json()
    check_eq(page["count"], 3, "count")
    check_eq([r["id"] for r in page["results"]], ids[::-1][:2], "newest first")
    check("offset=2" in page["next"] and page["previous"] is None, f"links {page}")
    page = client.call("GET", page["next"]).json()
    check_eq([r["id"] for r in page["results"]], ids[:1], "second page")
    check(page["next"] is None and "offset" not in page["previous"], f"links {page}")
    check_eq(client.call("DELETE", f"/api/media/files/{ids[0]}").status, 204, "delete")
    check_eq(client.call("GET", f"/api/media/files/{ids[0]}").status, 404, "deleted")


@test
def list_items_and_search(client, _):
    tag = f"srch{time.monotonic_ns()}"
    ids = [upload(client, ("f", f"{n}.png", "image/png", b"\x89PNG" * (n + 1)),
                  ("name", None, None, f"{tag} {name}")).json()["id"]
           for n, name in enumerate(["Alpha", "beta", "Gamma"])]
    page = client.call("GET", f"/api/media/files?search={tag.upper()}%20A&limit=10").json()
    check_eq(list(page), ["count", "next", "previous", "results"], "LimitOffsetPagination")
    check_eq((page["count"], page["next"], page["previous"]), (3, None, None),
             "case-insensitive; every term must match")
    check_eq([r["id"] for r in page["results"]], ids[::-1], "newest first")
    item = page["results"][-1]
    for key in ("id", "name", "size", "type", "f", "created_at", "updated_at", "thumbnails"):
        check(key in item, f"{key} in {sorted(item)}")
    check_eq((item["name"], item["size"], item["type"], item["thumbnails"]),
             (f"{tag} Alpha", 4, "image", []), "item")
    check_eq(client.call("GET", item["f"]).body, b"\x89PNG", "f is the file's URL")
    check_eq(client.call("GET", f"/api/media/files?search={tag}%20gam").json()["count"], 1,
             "two terms")
    check_eq(client.call("GET", f"/api/media/files?search={tag}zzz").json(),
             {"count": 0, "next": None, "previous": None, "results": []}, "no match")
    reply = client.call("DELETE", f"/api/media/files/{ids[1]}")
    check_eq((reply.status, reply.body), (204, b""), "delete")
    check_eq(client.call("GET", f"/api/media/files?search={tag}").json()["count"], 2, "deleted")
    thumbnails = ["http://cdn.example/a.png", item["f"]]
    reply = client.call("POST", f"/_hoist/thumbnails/{ids[0]}", json.dumps(thumbnails).encode(),
                        {"Content-Type": "application/json"})
    check_eq(reply.status, 204, "thumbnails set")
    check_eq(client.call("GET", f"/api/media/files/{ids[0]}").json()["thumbnails"],
             [{"f": url} for url in thumbnails], "thumbnails listed")
    check_eq(client.call("POST", "/_hoist/thumbnails/999999", b"[]").status, 404, "unknown id")


@test
def store_other_bytes_changes_the_reported_size(client, _):
    client.fault(kind="store_other_bytes", method="POST")
    data = b"0123456789"
    reply = upload(client, ("f", "odd.bin", "application/octet-stream", data))
    item = reply.json()
    kept = b"\xcf12345678"
    check_eq((reply.status, item["size"], item["sha256"], item["human_readable_size"]),
             (201, 9, hashlib.sha256(kept).hexdigest(), "9 bytes"), "reported")
    check_eq(client.call("GET", item["f"]).body, kept, "stored")
    check_eq(client.call("GET", f"/api/media/files/{item['id']}").json()["size"], 9, "detail")
    part = client.requests()[0]["parts"][0]
    check_eq((part["size"], part["sha256"]), (10, hashlib.sha256(data).hexdigest()), "logged")


@test
def status_fault_with_retry_after(client, _):
    client.fault(kind="status", status=503, headers={"Retry-After": "1"}, body="busy")
    reply = upload(client, ("f", "a.txt", "text/plain", "abc"))
    check_eq((reply.status, reply.headers["Retry-After"], reply.body), (503, "1", b"busy"),
             "faulted reply")
    record = client.last_request()
    check_eq((record["status"], record["parts"][0]["size"]), (503, 3), "faulted record")
    check_eq(upload(client, ("f", "a.txt", "text/plain", "abc")).status, 201, "fault used up")


@test
def redirect_hang_and_slow_faults(client, _):
    client.fault(kind="redirect", status=307, location="/elsewhere")
    reply = upload(client, ("f", "a.txt", "text/plain", "abc"))
    check_eq((reply.status, reply.headers["Location"]), (307, "/elsewhere"), "redirect")

    client.fault(kind="hang", seconds=0.3)
    began = time.monotonic()
    check_eq(upload(client, ("f", "a.txt", "text/plain", "abc")).status, 504, "hang")
    check(time.monotonic() - began >= 0.3, "hang lasted")

    client.fault(kind="slow", bytes_per_sec=100_000)
    began = time.monotonic()
    check_eq(upload(client, ("f", "a.bin", None, bytes(40_000))).status, 201, "slow")
    check(time.monotonic() - began >= 0.35, "slow upload was throttled")


@test
def close_fault_drops_connection(client, _):
    client.fault(kind="close", method="POST")
    try:
        reply = upload(client, ("f", "a.txt", "text/plain", "abc"))
        raise AssertionError(f"expected a dropped connection, got {reply.status}")
    except (urllib.error.URLError, ConnectionError, http.client.HTTPException):
        pass
    record = client.last_request()
    check_eq((record["status"], record["dropped"]), (None, True), "dropped request's record")


@test
def token_auth(_, state_dir):
    with running("sandbox", Path(state_dir) / "auth", "--token", "s3cret") as client:
        part = ("f", "a.txt", "text/plain", "abc")
        missing = {"detail": "Authentication credentials were not provided."}
        for header, expected in [(None, missing), ("Bearer s3cret", missing),
                                 ("Token wrong", {"detail": "Invalid token."})]:
            reply = upload(client, part, headers={"Authorization": header} if header else {})
            check_eq((reply.status, reply.json(), reply.headers["WWW-Authenticate"]),
                     (401, expected, "Token"), f"Authorization {header}")
        reply = upload(client, part, headers={"Authorization": "Token s3cret"})
        check_eq(reply.status, 201, "right token")


if __name__ == "__main__":
    sys.exit(selfcheck.main("sandbox"))
