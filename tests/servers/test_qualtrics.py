"""Self-check for the Qualtrics library graphics emulator (stdlib only).

  /usr/bin/python3 tests/servers/test_qualtrics.py

Starts the emulator through fixture.py, exactly as CTest will, and talks to
it with urllib and hand-built multipart bodies.
"""

import hashlib
import http
import re
import sys
import time
import uuid
from pathlib import Path

from selfcheck import basic, check, check_eq, multipart, running, test
import selfcheck

API_TOKEN = {"X-API-TOKEN": "hoist-qualtrics-token"}
CLIENT = ("hoist-qualtrics-client", "hoist-qualtrics-secret")
GRAPHICS = "/API/v3/libraries/UR_hoist/graphics"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
MISSING = (400, "Expected authorization in headers, but none provided.", "ATP_2")
UNKNOWN_API_TOKEN = (401, "Unrecognized X-API-TOKEN.", "DCD_7")
BAD_BEARER = (401, "Access token is invalid or expired.", "AUTH_4")
NOT_FOUND = ("The requested resource does not exist.", None)


def check_meta(meta, status, what):
    phrase = http.HTTPStatus(status).phrase
    check_eq(meta["httpStatus"], f"{status} - {phrase}", f"{what}: httpStatus")
    check_eq(uuid.UUID(meta["requestId"]).version, 4, f"{what}: requestId")


def check_ok(reply, result, what):
    """A 200 envelope; result None means the body has only meta."""
    check_eq(reply.status, 200, f"{what}: status {reply.body[:300]!r}")
    body = reply.json()
    check_eq(list(body), ["meta"] if result is None else ["result", "meta"], f"{what}: keys")
    if result is not None:
        check_eq(body["result"], result, f"{what}: result")
    check_meta(body["meta"], 200, what)
    check_eq(list(body["meta"]), ["httpStatus", "requestId"], f"{what}: meta keys")


def check_error(reply, status, message, code, what):
    check_eq(reply.status, status, f"{what}: status {reply.body[:300]!r}")
    body = reply.json()
    check_eq(list(body), ["meta"], f"{what}: keys")
    meta = body["meta"]
    check_eq(list(meta), ["httpStatus", "error", "requestId"], f"{what}: meta keys")
    check_meta(meta, status, what)
    expected = {"errorMessage": message, **({"errorCode": code} if code else {})}
    check_eq(meta["error"], expected, f"{what}: error")


def token(client, fields=None, headers=None):
    fields = {"grant_type": "client_credentials"} if fields is None else fields
    auth = {"Authorization": basic(*CLIENT)} if headers is None else headers
    return client.post_form("/oauth2/token", fields, auth)


def bearer(client):
    return {"Authorization": "Bearer " + token(client).json()["access_token"]}


def upload(client, *parts, headers=API_TOKEN, path=GRAPHICS):
    return client.post_multipart(path, *parts, headers=headers)


def items(client):
    return {item["id"]: item for item in client.call("GET", "/_hoist/items").json()}


def issued(client):
    return client.call("GET", "/_hoist/tokens").json()["issued"]


def whoami(client, headers):
    return client.call("GET", "/API/v3/whoami", headers=headers)


# --------------------------------------------------------------------------

@test
def token_endpoint(client, _):
    before = issued(client)
    reply = token(client, {"grant_type": "client_credentials", "scope": "read:users"})
    check_eq(reply.status, 200, f"status {reply.body!r}")
    body = reply.json()
    check_eq(list(body), ["access_token", "token_type", "expires_in", "scope"], "keys")
    check_eq((body["token_type"], body["expires_in"], body["scope"]),
             ("Bearer", 3600, "read:users"), "fields")
    check(len(body["access_token"]) >= 32, "random token")
    record = client.last_request()
    check_eq(record["body_bytes"], record["content_length"], "form body read and counted")
    second = token(client).json()
    check_eq(second["scope"], "manage:all", "default scope")
    check(second["access_token"] != body["access_token"], "tokens differ")
    check_eq(issued(client), before + 2, "issued count")
    check_ok(whoami(client, {"Authorization": "bearer " + body["access_token"]}),
             {"userName": "hoist", "userId": "UR_hoist"}, "bearer (lower-case scheme) works")


@test
def token_endpoint_errors(client, _):
    before = issued(client)
    invalid = {"error": "invalid_client", "error_description": "Client authentication failed"}
    in_form = {"grant_type": "client_credentials", "client_id": CLIENT[0],
               "client_secret": CLIENT[1]}
    for what, fields, headers in [
            ("no Basic", None, {}),
            ("credentials in the form only", in_form, {}),
            ("wrong secret", None, {"Authorization": basic(CLIENT[0], "nope")}),
            ("wrong id", None, {"Authorization": basic("nope", CLIENT[1])}),
            ("Bearer instead of Basic", None, {"Authorization": "Bearer x"})]:
        reply = token(client, fields, headers)
        check_eq((reply.status, reply.json(), reply.headers["WWW-Authenticate"]),
                 (401, invalid, "Basic"), what)
    for fields in [{"grant_type": "password"}, {}]:
        reply = token(client, fields)
        check_eq((reply.status, reply.json()), (400, {"error": "unsupported_grant_type"}),
                 f"grant {fields}")
    reply = client.call("POST", "/oauth2/token", b'{"grant_type": "client_credentials"}',
                        {"Content-Type": "application/json", "Authorization": basic(*CLIENT)})
    check_eq((reply.status, reply.json()), (400, {"error": "unsupported_grant_type"}), "JSON")
    check_eq(issued(client), before, "nothing issued")


@test
def api_authentication(client, _):
    check_ok(whoami(client, {"x-api-token": API_TOKEN["X-API-TOKEN"]}),
             {"userName": "hoist", "userId": "UR_hoist"}, "X-API-TOKEN, any case")
    for what, headers, expected in [
            ("nothing", {}, MISSING),
            ("wrong X-API-TOKEN", {"X-API-TOKEN": "nope"}, UNKNOWN_API_TOKEN),
            ("Basic", {"Authorization": basic(*CLIENT)}, MISSING),
            ("empty Bearer", {"Authorization": "Bearer "}, MISSING),
            ("unknown Bearer", {"Authorization": "Bearer nope"}, BAD_BEARER)]:
        check_error(whoami(client, headers), *expected, what)
    check_error(upload(client, ("file", "a.png", "image/png", PNG), headers={}),
                *MISSING, "upload without credentials")
    check_eq(items(client), {}, "nothing stored")
    check_error(client.call("GET", "/API/v3/nope"), 404, *NOT_FOUND, "unknown route before auth")
    check_error(client.call("GET", GRAPHICS, headers=API_TOKEN), 405,
                "The method is not allowed for the requested URL.", None, "wrong method")


@test
def expire_tokens(client, _):
    headers = bearer(client)
    check_eq(whoami(client, headers).status, 200, "fresh token")
    check_eq(client.call("POST", "/_hoist/expire-tokens").status, 204, "expire-tokens")
    check_error(whoami(client, headers), *BAD_BEARER, "revoked token")
    check_eq(whoami(client, bearer(client)).status, 200, "new token")
    check_eq(whoami(client, API_TOKEN).status, 200, "API token unaffected")


@test
def token_lifetime_and_libraries_flag(_, state_dir):
    with running("qualtrics", Path(state_dir) / "short", "--token-lifetime", "1",
                 "--libraries", "GR_one, UR_two", "--client-id", "c", "--client-secret", "s",
                 "--api-token", "t") as client:
        reply = token(client, headers={"Authorization": basic("c", "s")})
        check_eq(reply.json()["expires_in"], 1, "expires_in")
        headers = {"Authorization": "Bearer " + reply.json()["access_token"]}
        check_eq(whoami(client, headers).status, 200, "before expiry")
        time.sleep(1.2)
        check_error(whoami(client, headers), *BAD_BEARER, "after expiry")
        check_ok(client.call("GET", "/API/v3/libraries", headers={"X-API-TOKEN": "t"}),
                 {"elements": [{"libraryId": "GR_one", "libraryName": "Library GR_one"},
                               {"libraryId": "UR_two", "libraryName": "Library UR_two"}],
                  "nextPage": None}, "--libraries")
        check_eq(upload(client, ("file", "a.png", "image/png", PNG), headers={"X-API-TOKEN": "t"},
                        path="/API/v3/libraries/UR_hoist/graphics").status, 404, "old library")


@test
def upload_graphic(client, _):
    body = multipart(("name", None, None, "Logo ☕"), ("folder", None, None, "Brand"),
                     ("file", "logo.png", "image/png", PNG))
    reply = client.call("POST", GRAPHICS, body, {
        "Content-Type": selfcheck.MULTIPART, **API_TOKEN})
    check_eq(reply.status, 200, f"status {reply.body!r}")
    graphic_id = reply.json()["result"]["id"]
    check(re.fullmatch(r"IM_[A-Za-z0-9]{15}", graphic_id), f"id {graphic_id}")
    check_ok(reply, {"id": graphic_id}, "reply")
    item = items(client)[graphic_id]
    check_eq({k: v for k, v in item.items() if k != "path"}, {
        "id": graphic_id, "libraryId": "UR_hoist", "name": "Logo ☕", "folder": "Brand",
        "filename": "logo.png", "content_type": "image/png", "size": len(PNG),
        "sha256": hashlib.sha256(PNG).hexdigest(), "folder_part_had_filename": False}, "item")
    check_eq(Path(item["path"]).read_bytes(), PNG, "stored bytes")
    record = client.last_request()
    check_eq((record["path"], record["status"], record["body_bytes"]),
             (GRAPHICS, 200, len(body)), "recorded request")
    check_eq([p["name"] for p in record["parts"]], ["name", "folder", "file"], "recorded parts")

    # Trailing slash, Bearer auth, a group library, defaults for name and folder.
    reply = upload(client, ("file", "pic.jpg", "IMAGE/JPEG", b"\xff\xd8jpeg"),
                   headers=bearer(client), path="/API/v3/libraries/GR_hoist/graphics/")
    item = items(client)[reply.json()["result"]["id"]]
    check_eq((item["libraryId"], item["name"], item["folder"], item["content_type"]),
             ("GR_hoist", "pic.jpg", "Uncategorized", "IMAGE/JPEG"), "defaults")


@test
def folder_sent_as_file_part_is_ignored(client, _):
    reply = upload(client, ("file", "a.gif", "image/gif", b"GIF89a"),
                   ("folder", "folder", "text/plain", "Brand"),
                   ("name", "name.txt", "text/plain", "ignored too"))
    item = items(client)[reply.json()["result"]["id"]]
    check_eq((item["folder"], item["folder_part_had_filename"], item["name"]),
             ("Uncategorized", True, "a.gif"), "folder and name")


@test
def upload_validation(client, _):
    before = items(client)
    png = ("file", "a.png", "image/png", PNG)
    cases = [
        ("unknown library", {"path": "/API/v3/libraries/UR_nope/graphics", "parts": [png]},
         404, *NOT_FOUND),
        ("no file part", {"parts": [("name", None, None, "x")]},
         400, "Missing file part. name=file", "QVAL_7"),
        ("file as a text part", {"parts": [("file", None, "image/png", "abc")]},
         400, "Missing file part. name=file", "QVAL_7"),
        ("empty filename", {"parts": [("file", "", "image/png", PNG)]},
         400, "Missing file part. name=file", "QVAL_7"),
        ("no part Content-Type", {"parts": [("file", "a.png", None, PNG)]},
         400, "Missing Content-Type for file part. name=file", "MFDP_3"),
        ("not an image", {"parts": [("file", "a.txt", "text/plain", "abc")]},
         400, "Unsupported file type: text/plain. Use image/jpeg, image/gif or image/png.",
         "QVAL_1"),
        ("svg", {"parts": [("file", "a.svg", "image/svg+xml", "<svg/>")]},
         400, "Unsupported file type: image/svg+xml. Use image/jpeg, image/gif or image/png.",
         "QVAL_1"),
        ("empty file", {"parts": [("file", "a.png", "image/png", b"")]},
         400, "The uploaded file is empty.", "QVAL_2"),
    ]
    for what, call, status, message, code in cases:
        reply = upload(client, *call["parts"], path=call.get("path", GRAPHICS))
        check_error(reply, status, message, code, what)
    body = multipart(png)
    for what, content_type, status, message, code in [
            ("JSON", "application/json", 415, "Content-Type must be multipart/form-data", "MFDP_1"),
            ("urlencoded", "application/x-www-form-urlencoded", 415,
             "Content-Type must be multipart/form-data", "MFDP_1"),
            ("no boundary", "multipart/form-data", 400, "Malformed multipart body", "MFDP_2"),
            ("wrong boundary", "multipart/form-data; boundary=other", 400,
             "Malformed multipart body", "MFDP_2")]:
        reply = client.call("POST", GRAPHICS, body, {**API_TOKEN, "Content-Type": content_type})
        check_error(reply, status, message, code, what)
    check_eq(items(client), before, "nothing stored")
    check_eq(client.last_request()["status"], 400, "recorded status")


@test
def delete_graphic(client, _):
    graphic_id = upload(client, ("file", "a.png", "image/png", PNG)).json()["result"]["id"]
    path = Path(items(client)[graphic_id]["path"])
    check_error(client.call("DELETE", f"/API/v3/libraries/GR_hoist/graphics/{graphic_id}",
                            headers=API_TOKEN), 404, *NOT_FOUND, "other library")
    check_error(client.call("DELETE", f"{GRAPHICS}/{graphic_id}"), *MISSING, "no auth")
    check_ok(client.call("DELETE", f"{GRAPHICS}/{graphic_id}", headers=bearer(client)),
             None, "delete")
    check(graphic_id not in items(client) and not path.exists(), "graphic and bytes gone")
    check_error(client.call("DELETE", f"{GRAPHICS}/{graphic_id}", headers=API_TOKEN),
                404, *NOT_FOUND, "deleted twice")


@test
def list_libraries(client, _):
    check_ok(client.call("GET", "/API/v3/libraries", headers=API_TOKEN),
             {"elements": [{"libraryId": "UR_hoist", "libraryName": "Library UR_hoist"},
                           {"libraryId": "GR_hoist", "libraryName": "Library GR_hoist"}],
              "nextPage": None}, "libraries")


@test
def rate_limit_via_status_fault(client, _):
    client.fault(kind="status", status=429, headers={"Retry-After": "2"}, body="slow down")
    reply = upload(client, ("file", "a.png", "image/png", PNG))
    check_eq((reply.status, reply.headers["Retry-After"]), (429, "2"), "429")
    check_eq(client.last_request()["parts"][0]["size"], len(PNG), "body still recorded")
    check_eq(upload(client, ("file", "a.png", "image/png", PNG)).status, 200, "fault used up")


if __name__ == "__main__":
    sys.exit(selfcheck.main("qualtrics"))
