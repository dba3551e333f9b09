"""Self-check for the Mayan EDMS emulator (stdlib only).

  /usr/bin/python3 tests/servers/test_mayan.py

Starts tests/servers/mayan.py through fixture.py, exactly as CTest will, and
checks every route, DRF error body, the trailing-slash redirect, anonymous
access, token expiry and the /_hoist/ introspection routes.
"""

import hashlib
import json
import re
import sys
import time
from pathlib import Path

from selfcheck import basic, check, check_eq, running, test
import selfcheck

AUTH = {"Authorization": basic("hoist", "hoist-mayan-password")}
NOT_FOUND = {"detail": "Not found."}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def text(name, value):
    return (name, None, None, value)


def upload(client, *parts, headers=AUTH):
    return client.post_multipart("/api/v4/documents/upload/", *parts, headers=headers)


def new_document(client, label="doc", data=b"content", type_id="1"):
    reply = upload(client, ("file", "a.txt", "text/plain", data), text("document_type_id", type_id),
                   text("label", label))
    check_eq(reply.status, 201, "upload status")
    return reply.json()["id"]


def obtain(client, **fields):
    return client.post_form("/api/v4/auth/token/obtain/",
                            fields or {"username": "hoist", "password": "hoist-mayan-password"})


def token_header(client):
    reply = obtain(client)
    check_eq(reply.status, 200, "obtain status")
    return {"Authorization": f"Token {reply.json()['token']}"}


def get_json(client, path, headers=AUTH):
    reply = client.call("GET", path, headers=headers)
    check_eq(reply.status, 200, f"GET {path}")
    return reply.json()


def check_reply(reply, status, body, what):
    check_eq((reply.status, reply.json()), (status, body), what)


def item(client, doc_id):
    return next(i for i in client.call("GET", "/_hoist/items").json() if i["id"] == doc_id)


# --------------------------------------------------------------------------

@test
def token_obtain_form_json_multipart(client, _):
    issued = client.call("GET", "/_hoist/tokens").json()["issued"]
    first = obtain(client)
    check_eq(first.status, 200, "form obtain")
    key = first.json()["token"]
    check(re.fullmatch(r"[0-9a-f]{40}", key), f"40 hex token: {key}")
    body = json.dumps({"username": "hoist", "password": "hoist-mayan-password"}).encode()
    reply = client.call("POST", "/api/v4/auth/token/obtain/?format=json", body,
                        {"Content-Type": "application/json"})
    check_eq((reply.status, reply.json()), (200, {"token": key}), "JSON obtain: same token")
    reply = client.post_multipart("/api/v4/auth/token/obtain/", text("username", "hoist"),
                                  text("password", "hoist-mayan-password"))
    check_eq(reply.json(), {"token": key}, "multipart obtain: same token")
    check_eq(client.call("GET", "/_hoist/tokens").json(), {"issued": issued + 3}, "issued")
    check_eq(get_json(client, "/api/v4/documents/", {"Authorization": f"Token {key}"})["next"],
             None, "token works")


@test
def token_obtain_errors(client, _):
    wrong = {"non_field_errors": ["Unable to log in with provided credentials."]}
    check_reply(obtain(client, username="hoist", password="nope"), 400, wrong, "wrong password")
    check_reply(obtain(client, username="hoist", password=" hoist-mayan-password"), 400, wrong,
                "password is not trimmed")
    required = ["This field is required."]
    check_reply(obtain(client, username="hoist"), 400, {"password": required}, "no password")
    check_reply(client.post_form("/api/v4/auth/token/obtain/", {}), 400,
                {"username": required, "password": required}, "empty body")
    check_reply(obtain(client, username=" ", password=""), 400,
                {"username": ["This field may not be blank."],
                 "password": ["This field may not be blank."]}, "blank")
    reply = client.call("POST", "/api/v4/auth/token/obtain/", b"{nope",
                        {"Content-Type": "application/json"})
    check_reply(reply, 400, {"detail": "JSON parse error - Expecting property name enclosed "
                                       "in double quotes: line 1 column 2 (char 1)"}, "bad JSON")
    reply = client.call("POST", "/api/v4/auth/token/obtain/", b"[]",
                        {"Content-Type": "application/json"})
    check_reply(reply, 400, {"non_field_errors": ["Invalid data. Expected a dictionary, "
                                                  "but got list."]}, "JSON list")
    reply = client.call("POST", "/api/v4/auth/token/obtain/", b"x",
                        {"Content-Type": "text/plain"})
    check_reply(reply, 415, {"detail": 'Unsupported media type "text/plain" in request.'},
                "text/plain")


@test
def authentication_failures_are_403(client, _):
    cases = [
        ("Token", "Invalid token header. No credentials provided."),
        ("Token a b", "Invalid token header. Token string should not contain spaces."),
        ("Token " + "0" * 40, "Invalid token."),
        ("Basic", "Invalid basic header. No credentials provided."),
        ("Basic a b", "Invalid basic header. Credentials string should not contain spaces."),
        ("Basic abc", "Invalid basic header. Credentials not correctly base64 encoded."),
        (basic("hoist", "wrong"), "Invalid username/password."),
        (basic("someone", "hoist-mayan-password"), "Invalid username/password."),
    ]
    for header, detail in cases:
        for method, path in [("GET", "/api/v4/documents/"), ("POST", "/api/v4/documents/upload/")]:
            reply = client.call(method, path, headers={"Authorization": header})
            check_reply(reply, 403, {"detail": detail}, f"{method} {path} with {header!r}")
            check("WWW-Authenticate" not in reply.headers, "no WWW-Authenticate")
    check_eq(get_json(client, "/api/v4/documents/", token_header(client))["results"] is not None,
             True, "valid token")


@test
def anonymous_sees_nothing(client, _):
    doc_id = new_document(client)
    empty = {"count": 0, "next": None, "previous": None, "results": []}
    for headers in ({}, {"Authorization": "Bearer abc"}):
        for path in ("/api/v4/documents/", "/api/v4/document_types/"):
            check_eq(get_json(client, path, headers), empty, f"{path} {headers}")
        for method, path in [("GET", f"/api/v4/documents/{doc_id}/"),
                             ("DELETE", f"/api/v4/documents/{doc_id}/"),
                             ("GET", f"/api/v4/documents/{doc_id}/files/"),
                             ("GET", f"/api/v4/documents/{doc_id}/metadata/")]:
            reply = client.call(method, path, headers=headers)
            check_reply(reply, 404, NOT_FOUND, f"{method} {path}")
        reply = upload(client, ("file", "a.txt", "text/plain", "x"), text("document_type_id", "1"),
                       headers=headers)
        check_reply(reply, 404, NOT_FOUND, "anonymous upload")
        # Validation still comes first.
        check_reply(upload(client, text("document_type_id", "1"), headers=headers), 400,
                    {"file": ["No file was submitted."]}, "anonymous invalid upload")
    check_eq(item(client, doc_id)["trashed"], False, "anonymous delete did nothing")


@test
def upload_creates_document(client, state_dir):
    reply = upload(client, ("file", "Plan ü.png", "image/png", PNG), text("document_type_id", "2"),
                   text("description", "Café"))
    check_eq(reply.status, 201, "status")
    doc = reply.json()
    base = f"{client.url}/api/v4/documents/{doc['id']}/"
    check_eq(reply.headers["Location"], base, "Location")
    expected = {
        "description": "Café", "document_change_type_url": base + "type/change/",
        "file_list_url": base + "files/", "file_latest": None, "id": doc["id"], "pk": doc["id"],
        "label": "Plan ü.png", "language": "eng", "url": base, "version_active": None,
        "version_list_url": base + "versions/",
    }
    for key, value in expected.items():
        check_eq(doc[key], value, key)
    check_eq((doc["document_type"]["id"], doc["document_type"]["label"],
              doc["document_type"]["url"]),
             (2, "Drawing", f"{client.url}/api/v4/document_types/2/"), "document_type")
    check(re.fullmatch(r"[0-9a-f-]{36}", doc["uuid"]), "uuid")
    check(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:]{8}\.\d{6}Z", doc["datetime_created"]), "datetime")

    detail = get_json(client, f"/api/v4/documents/{doc['id']}/", token_header(client))
    latest = detail["file_latest"]
    check_eq((latest["filename"], latest["size"], latest["mimetype"], latest["checksum"]),
             ("Plan ü.png", len(PNG), "image/png", hashlib.sha256(PNG).hexdigest()), "file_latest")
    stored = item(client, doc["id"])
    check_eq({k: stored[k] for k in ("label", "description", "language", "document_type_id",
                                     "trashed", "metadata")},
             {"label": "Plan ü.png", "description": "Café", "language": "eng",
              "document_type_id": 2, "trashed": False, "metadata": []}, "item")
    (file,) = stored["files"]
    check_eq((file["filename"], file["content_type"], file["size"], file["action"]),
             ("Plan ü.png", "image/png", len(PNG), 1), "item file")
    check(file["path"].startswith(str(Path(state_dir) / "mayan.storage")), "stored under storage")
    check_eq(Path(file["path"]).read_bytes(), PNG, "stored bytes")

    reply = client.post_form("/api/v4/documents/upload/", {"document_type_id": "1"}, AUTH)
    check_reply(reply, 400, {"file": ["No file was submitted."]}, "form upload without a file")
    reply = upload(client, ("file", "C:\\dir\\b.txt", None, "b"), text("document_type_id", "1"),
                   text("label", "Label"), text("language", "deu"))
    doc = reply.json()
    check_eq((doc["label"], doc["language"]), ("Label", "deu"), "label and language fields")
    check_eq(item(client, doc["id"])["files"][0]["filename"], "b.txt", "Windows path stripped")


@test
def upload_validation(client, _):
    type_id = text("document_type_id", "1")
    good = ("file", "a.txt", "text/plain", "abc")
    cases = [
        ([], {"document_type_id": ["This field is required."], "file": ["No file was submitted."]}),
        ([type_id, text("file", "abc")],
         {"file": ["The submitted data was not a file. Check the encoding type on the form."]}),
        ([type_id, ("file", "", "text/plain", "abc")],
         {"file": ["No filename could be determined."]}),
        ([type_id, ("file", "e.txt", "text/plain", "")],
         {"file": ["The submitted file is empty."]}),
        ([good, text("document_type_id", "one")],
         {"document_type_id": ["A valid integer is required."]}),
        ([good, type_id, text("language", "too-long-x")],
         {"language": ["Ensure this field has no more than 8 characters."]}),
    ]
    for parts, errors in cases:
        check_reply(upload(client, *parts), 400, errors, f"parts {parts}")
    check_reply(upload(client, good, text("document_type_id", "9")), 404, NOT_FOUND, "unknown type")
    reply = client.call("POST", "/api/v4/documents/upload/", b'{"document_type_id": 1}',
                        {"Content-Type": "application/json", **AUTH})
    check_reply(reply, 415, {"detail": 'Unsupported media type "application/json" in request.'},
                "JSON")
    reply = client.call("POST", "/api/v4/documents/upload/", selfcheck.multipart(good, type_id),
                        {"Content-Type": "multipart/form-data", **AUTH})
    detail = "Multipart form parse error - Invalid boundary in multipart: None"
    check_reply(reply, 400, {"detail": detail}, "no boundary")
    check_eq(client.last_request()["status"], 400, "recorded")


@test
def trailing_slash_and_unknown_paths(client, _):
    doc_id = new_document(client)
    reply = client.post_multipart("/api/v4/documents/upload?format=json",
                                  ("file", "a.txt", "text/plain", "abc"), headers=AUTH)
    check_eq((reply.status, reply.headers["Location"], reply.body),
             (301, "/api/v4/documents/upload/?format=json", b""), "POST without slash")
    check_eq(client.last_request()["status"], 301, "recorded redirect")
    for method, path in [("GET", f"/api/v4/documents/{doc_id}"),
                         ("GET", "/api/v4/documents/upload"),
                         ("DELETE", "/api/v4/document_types")]:
        reply = client.call(method, path, headers=AUTH)
        check_eq((reply.status, reply.headers["Location"]), (301, path + "/"), f"{method} {path}")
    for path in ["/api/v4/nope/", "/api/v4/nope", "/api/v4/documents/abc/",
                 "/api/v4/documents/?format=xml"]:
        check_reply(client.call("GET", path, headers=AUTH), 404, NOT_FOUND, path)
    reply = client.call("PUT", "/api/v4/documents/upload/", headers=AUTH)
    check_reply(reply, 405, {"detail": 'Method "PUT" not allowed.'}, "PUT")


@test
def new_file_for_document(client, _):
    doc_id = new_document(client, data=b"first")
    path = f"/api/v4/documents/{doc_id}/files/"
    reply = client.post_multipart(path, ("file_new", "v2.txt", "text/plain", "second"),
                                  text("action", "1"), text("comment", "v2"), headers=AUTH)
    check_eq((reply.status, reply.body, reply.headers["Content-Type"]), (202, b"", None), "202")
    reply = client.post_multipart(path, ("file_new", "v3.bin", None, "third"), text("action", "3"),
                                  text("filename", "renamed.dat"), headers=token_header(client))
    check_eq(reply.status, 202, "token auth")
    files = get_json(client, path)
    check_eq([(f["filename"], f["size"], f["comment"], f["checksum"]) for f in files["results"]],
             [("a.txt", 5, "", hashlib.sha256(b"first").hexdigest()),
              ("v2.txt", 6, "v2", hashlib.sha256(b"second").hexdigest()),
              ("renamed.dat", 5, "", hashlib.sha256(b"third").hexdigest())], "files")
    check_eq(files["results"][2]["mimetype"], "application/octet-stream", "mimetype fallback")
    check_eq([(f["action"], f["comment"]) for f in item(client, doc_id)["files"]],
             [(1, ""), (1, "v2"), (3, "")], "item actions")
    check_eq(get_json(client, f"/api/v4/documents/{doc_id}/")["file_latest"]["filename"],
             "renamed.dat", "file_latest")

    cases = [
        ([text("action", "9"), ("file_new", "a", None, "a")],
         {"action": ['"9" is not a valid choice.']}),
        ([], {"action": ["This field is required."], "file_new": ["No file was submitted."]}),
        ([text("action", "2"), ("file_new", "e", None, "")],
         {"file_new": ["The submitted file is empty."]}),
    ]
    for parts, errors in cases:
        reply = client.post_multipart(path, *parts, headers=AUTH)
        check_reply(reply, 400, errors, f"parts {parts}")
    reply = client.post_multipart("/api/v4/documents/999/files/", text("action", "1"),
                                  ("file_new", "a", None, "a"), headers=AUTH)
    check_reply(reply, 404, NOT_FOUND, "unknown document")
    check_reply(client.call("GET", "/api/v4/documents/999/files/", headers=AUTH), 404, NOT_FOUND,
                "unknown document files")


@test
def search_labels_with_q(client, _):
    tag = f"q{time.monotonic_ns()}"
    ids = [new_document(client, label=f"{tag} {name}") for name in
           ("Annual Report", "report draft", "Photo", "Reports 2024")]
    page = get_json(client, f"/api/v4/documents/?q={tag}%20REPORT&page_size=2")
    check_eq((page["count"], [r["label"] for r in page["results"]]),
             (2, [f"{tag} Reports 2024", f"{tag} report draft"]), "substring, ignoring case")
    page = get_json(client, "/api/v4/documents/?q=REPORT&page_size=2")
    check(page["count"] >= 3 and "q=REPORT" in page["next"], f"paged, q kept: {page['next']}")
    labels = [r["label"] for r in get_json(client, f"/api/v4/documents/?q={tag}")["results"]]
    check_eq(labels, sorted(labels), "label order")
    check_eq(get_json(client, f"/api/v4/documents/?q={tag}%20none")["count"], 0, "no match")
    check_eq(get_json(client, f"/api/v4/documents/?q={tag}", {})["count"], 0, "anonymous")
    client.call("DELETE", f"/api/v4/documents/{ids[2]}/", headers=AUTH)
    check_eq(get_json(client, f"/api/v4/documents/?q={tag}")["count"], 3, "trashed not found")


@test
def file_json_has_checksum_and_size(client, _):
    doc_id = new_document(client, data=b"plain text")
    client.post_multipart(f"/api/v4/documents/{doc_id}/files/", text("action", "1"),
                          ("file_new", "v2.png", "image/png", PNG), headers=AUTH)
    files = get_json(client, f"/api/v4/documents/{doc_id}/files/")["results"]
    base = f"{client.url}/api/v4/documents/{doc_id}/"
    first, second = files
    check_eq(list(second), ["checksum", "comment", "document_url", "download_url", "encoding",
                            "file", "filename", "id", "mimetype", "page_list_url", "size",
                            "timestamp", "url"], "DocumentFileSerializer's fields")
    url = f"{base}files/{second['id']}/"
    check_eq({k: second[k] for k in ("checksum", "size", "encoding", "document_url", "url",
                                     "download_url", "page_list_url")},
             {"checksum": hashlib.sha256(PNG).hexdigest(), "size": len(PNG), "encoding": "binary",
              "document_url": base, "url": url, "download_url": url + "download/",
              "page_list_url": url + "pages/"}, "file")
    check_eq((first["checksum"], first["size"], first["encoding"]),
             (hashlib.sha256(b"plain text").hexdigest(), 10, "us-ascii"), "first file")
    check(re.fullmatch(r"[0-9a-f-]{36}", second["file"]), f"stored name {second['file']}")
    check_eq(get_json(client, base)["file_latest"], second, "file_latest")


@test
def store_other_bytes_changes_checksum_and_size(client, _):
    client.fault(kind="store_other_bytes", method="POST", path="/api/v4/documents/")
    doc_id = new_document(client, data=b"sent bytes")
    kept = bytes([ord("s") ^ 0xFF]) + b"ent byte"
    latest = get_json(client, f"/api/v4/documents/{doc_id}/")["file_latest"]
    check_eq((latest["checksum"], latest["size"]), (hashlib.sha256(kept).hexdigest(), 9),
             "reported")
    check_eq(Path(item(client, doc_id)["files"][0]["path"]).read_bytes(), kept, "stored")
    part = [r for r in client.requests() if r["method"] == "POST"][0]["parts"][0]
    check_eq((part["size"], part["sha256"]), (10, hashlib.sha256(b"sent bytes").hexdigest()),
             "logged as sent")


@test
def document_metadata(client, _):
    doc_id = new_document(client, label="with metadata")
    path = f"/api/v4/documents/{doc_id}/metadata/"
    reply = client.post_form(path, {"metadata_type_id": "3", "value": "D-42"}, AUTH)
    check_eq(reply.status, 201, "status")
    entry = reply.json()
    check_eq(reply.headers["Location"], entry["url"], "Location")
    check_eq(entry["url"], f"{client.url}{path}{entry['id']}/", "url")
    check_eq((entry["metadata_type"], entry["value"], entry["document"]["id"],
              entry["document"]["label"]),
             ({"id": 3, "name": "DrawingNo", "label": "DrawingNo"}, "D-42", doc_id,
              "with metadata"),
             "entry")
    body = json.dumps({"metadata_type_id": 4, "value": None}).encode()
    reply = client.call("POST", path, body, {"Content-Type": "application/json", **AUTH})
    check_eq((reply.status, reply.json()["value"]), (201, None), "JSON, null value")
    check_eq([e["value"] for e in get_json(client, path)["results"]], ["D-42", None], "list")
    check_eq(item(client, doc_id)["metadata"],
             [{"id": entry["id"], "metadata_type_id": 3, "value": "D-42"},
              {"id": entry["id"] + 1, "metadata_type_id": 4, "value": None}], "item metadata")

    cases = [
        ({"metadata_type_id": "3", "value": "again"},
         {"non_field_errors": ["The fields document, metadata_type must make a unique set."]}),
        ({"metadata_type_id": "99"},
         {"metadata_type_id": ['Invalid pk "99" - object does not exist.']}),
        ({"metadata_type_id": "abc"},
         {"metadata_type_id": ["Incorrect type. Expected pk value, received str."]}),
        ({"metadata_type": "DrawingNo", "value": "D-1"},
         {"metadata_type_id": ["This field is required."]}),
        ({"metadata_type_id": "4", "value": "x" * 256},
         {"value": ["Ensure this field has no more than 255 characters."]}),
    ]
    for fields, errors in cases:
        check_reply(client.post_form(path, fields, AUTH), 400, errors, f"fields {fields}")
    reply = client.post_form("/api/v4/documents/999/metadata/", {"metadata_type_id": "3"}, AUTH)
    check_reply(reply, 404, NOT_FOUND, "unknown document")


@test
def pagination_types_and_trash(_, state_dir):
    type_args = ("--document-types", "7:Zeta,5:Alpha")
    with running("mayan", Path(state_dir) / "pages", *type_args) as client:
        ids = [new_document(client, label=f"page-{n}", type_id="5") for n in range(3)]
        reply = upload(client, ("file", "a.txt", "text/plain", "x"), text("document_type_id", "1"))
        check_reply(reply, 404, NOT_FOUND, "type 1 is not configured here")
        url = f"{client.url}/api/v4/documents/"
        page = get_json(client, "/api/v4/documents/?page_size=2&q=page")
        check_eq((page["count"], [r["id"] for r in page["results"]], page["previous"]),
                 (3, ids[:2], None), "first page")
        check_eq(page["next"], f"{url}?page=2&page_size=2&q=page", "next")
        page = get_json(client, page["next"])
        check_eq(([r["id"] for r in page["results"]], page["next"], page["previous"]),
                 (ids[2:], None, f"{url}?page_size=2&q=page"), "second page")
        check_eq(get_json(client, "/api/v4/documents/?page=last&page_size=2")["results"][0]["id"],
                 ids[2], "last page")
        check_eq(len(get_json(client, "/api/v4/documents/?page_size=0")["results"]), 3, "size 0")
        for query in ("page=3&page_size=2", "page=0", "page=x"):
            check_reply(client.call("GET", f"/api/v4/documents/?{query}", headers=AUTH), 404,
                        {"detail": "Invalid page."}, query)
        types = get_json(client, "/api/v4/document_types/")
        check_eq([(t["id"], t["label"]) for t in types["results"]], [(5, "Alpha"), (7, "Zeta")],
                 "document types")
        check_eq(types["results"][0]["url"], f"{client.url}/api/v4/document_types/5/", "type url")

        reply = client.call("DELETE", f"/api/v4/documents/{ids[0]}/", headers=AUTH)
        check_eq((reply.status, reply.body), (204, b""), "delete")
        reply = client.call("GET", f"/api/v4/documents/{ids[0]}/", headers=AUTH)
        check_reply(reply, 404, NOT_FOUND, "trashed document")
        check_eq(get_json(client, "/api/v4/documents/")["count"], 2, "trashed not listed")
        check_eq([i["trashed"] for i in client.call("GET", "/_hoist/items").json()],
                 [True, False, False], "item trashed")

        for n in (1, 2):
            client.call("DELETE", f"/api/v4/documents/{ids[n]}/", headers=AUTH)
        trash = get_json(client, "/api/v4/trashed_documents/?page_size=2")
        check_eq((trash["count"], [r["id"] for r in trash["results"]], trash["previous"],
                  trash["next"]),
                 (3, ids[:2], None, f"{client.url}/api/v4/trashed_documents/?page=2&page_size=2"),
                 "trash, first page")
        check_eq([r["id"] for r in get_json(client, trash["next"])["results"]], ids[2:],
                 "trash, second page")
        first = trash["results"][0]
        trashed_url = f"{client.url}/api/v4/trashed_documents/{ids[0]}/"
        check_eq(list(first), sorted(first), "fields sorted, like TrashedDocumentSerializer")
        check_eq((first["url"], first["restore_url"], first["label"],
                  first["file_latest"]["checksum"]),
                 (trashed_url, trashed_url + "restore/", "page-0",
                  hashlib.sha256(b"content").hexdigest()), "trashed document")
        check(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:]{8}\.\d{6}Z", first["trashed_date_time"]),
              f"trashed_date_time {first['trashed_date_time']}")
        check_eq(get_json(client, f"/api/v4/trashed_documents/{ids[0]}/"), first, "detail")
        check_eq(get_json(client, "/api/v4/documents/")["count"], 0, "all trashed")
        check_eq(get_json(client, "/api/v4/trashed_documents/", {})["count"], 0, "anonymous")
        for path in (f"/api/v4/trashed_documents/{ids[0]}/", "/api/v4/trashed_documents/999/"):
            headers = {} if "999" not in path else AUTH
            check_reply(client.call("GET", path, headers=headers), 404, NOT_FOUND, path)
        new_id = new_document(client, label="kept", type_id="5")
        check_reply(client.call("GET", f"/api/v4/trashed_documents/{new_id}/", headers=AUTH),
                    404, NOT_FOUND, "not in the trash")


@test
def token_expires_after_lifetime(_, state_dir):
    with running("mayan", Path(state_dir) / "short", "--token-lifetime", "1") as client:
        headers = token_header(client)
        check_eq(get_json(client, "/api/v4/documents/", headers)["count"], 0, "fresh token")
        check_eq(token_header(client), headers, "same token while valid")
        time.sleep(1.2)
        check_reply(client.call("GET", "/api/v4/documents/", headers=headers), 403,
                    {"detail": "Invalid token."}, "expired token")
        renewed = token_header(client)
        check(renewed != headers, "a new token after expiry")
        check_eq(get_json(client, "/api/v4/documents/", renewed)["count"], 0, "new token works")
        check_eq(client.call("GET", "/_hoist/tokens").json(), {"issued": 3}, "issued")


@test
def expire_tokens_revokes_everything(client, _):
    headers = token_header(client)
    reply = client.call("POST", "/_hoist/expire-tokens")
    check_eq(reply.status, 204, "expire-tokens")
    check_reply(client.call("GET", "/api/v4/documents/", headers=headers), 403,
                {"detail": "Invalid token."}, "revoked token")
    renewed = token_header(client)
    check(renewed != headers, "a new token after revocation")
    check_eq(get_json(client, "/api/v4/documents/", renewed)["previous"], None, "new token works")
    check_eq(get_json(client, "/api/v4/documents/")["previous"], None, "Basic unaffected")


if __name__ == "__main__":
    sys.exit(selfcheck.main("mayan"))
