"""Self-check for the Xibo CMS emulator (stdlib only).

  /usr/bin/python3 tests/servers/test_xibo.py

Starts the emulator through fixture.py, exactly as CTest will, and talks to
it with urllib and hand-built multipart bodies.
"""

import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

from selfcheck import MULTIPART, basic, check, check_eq, multipart, running, test
import selfcheck

CLIENT = ("hoist-xibo-client", "hoist-xibo-secret")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(100)
ACCESS_DENIED = "The resource owner or authorization server denied the request."
NOT_VERIFIED = "Access token could not be verified"
UNEXPECTED = {"success": False, "error": 500, "message": "Unexpected Error, please contact support."}
ROUTE_NOT_FOUND = {"error": 404, "message": "Route not found", "property": None, "help": None}
MEDIA_NOT_FOUND = {"error": 404, "message": "Cannot find media", "property": None, "help": None}
UNSUPPORTED_GRANT = {
    "error": "unsupported_grant_type",
    "error_description": "The authorization grant type is not supported by the authorization server.",
    "hint": "Check that all required parameters have been provided",
    "message": "The authorization grant type is not supported by the authorization server.",
}
INVALID_CLIENT = {"error": "invalid_client", "error_description": "Client authentication failed",
                  "message": "Client authentication failed"}


def denied(hint):
    return {"error": "access_denied", "error_description": ACCESS_DENIED, "hint": hint,
            "message": ACCESS_DENIED}


def token(client, fields=None, headers=None):
    fields = {"grant_type": "client_credentials", "client_id": CLIENT[0],
              "client_secret": CLIENT[1]} if fields is None else fields
    return client.post_form("/api/authorize/access_token", fields, headers)


def bearer(client):
    return {"Authorization": "Bearer " + token(client).json()["access_token"]}


def upload(client, *parts, query="", headers=None):
    headers = {**bearer(client), "Accept": "application/json", **(headers or {})}
    return client.post_multipart("/api/library" + query, *parts, headers=headers)


def png(filename="logo.png", data=PNG, content_type="image/png"):
    return ("files", filename, content_type, data)


def text(name, value):
    return (name, None, None, value)


def uploaded(reply, what):
    """The file object of a successful upload."""
    check_eq(reply.status, 200, f"{what}: status {reply.body[:300]!r}")
    file = reply.json()["files"][0]
    check("error" not in file, f"{what}: refused with {file.get('error')!r}")
    return file


def refused(reply, file, what):
    check_eq((reply.status, reply.json()), (200, {"files": [file]}), what)


def items(client):
    return {item["mediaId"]: item for item in client.call("GET", "/_hoist/items").json()}


def get(client, path, headers=None):
    return client.call("GET", path, headers={**bearer(client), **(headers or {})})


def check_json(reply, status, body, what):
    check_eq((reply.status, reply.json()), (status, body), what)
    check_eq(reply.headers["Content-Type"], "application/json", f"{what}: content type")


# --------------------------------------------------------------------------
# Token endpoint and authentication.

@test
def token_endpoint(client, _):
    before = client.call("GET", "/_hoist/tokens").json()["issued"]
    reply = token(client)
    check_eq(reply.status, 200, f"status {reply.body!r}")
    body = reply.json()
    check_eq(list(body), ["token_type", "expires_in", "access_token"], "keys")
    check_eq((body["token_type"], body["expires_in"]), ("Bearer", 3600), "token")
    check(len(body["access_token"]) >= 32, "random token")
    check_eq(reply.headers["Cache-Control"], "no-store", "Cache-Control")
    basic_auth = {"Authorization": basic(*CLIENT)}
    check_eq(token(client, {"grant_type": "client_credentials", "scope": "all"},
                   basic_auth).status, 200, "Basic credentials with scope")
    # The body is read first; Basic only fills in what the body lacks.
    wrong_basic = {"Authorization": basic("someone", "else")}
    check_eq(token(client, headers=wrong_basic).status, 200, "body beats Basic")
    check_eq(token(client, {"grant_type": "client_credentials", "client_id": CLIENT[0]},
                   {"Authorization": basic("ignored", CLIENT[1])}).status, 200,
             "secret from Basic")
    check_eq(client.call("GET", "/_hoist/tokens").json(), {"issued": before + 4}, "issued")
    record = client.last_request()
    check_eq((record["path"], record["status"]), ("/api/authorize/access_token", 200), "record")


@test
def token_endpoint_errors(client, _):
    cases = [
        ({"client_id": CLIENT[0], "client_secret": CLIENT[1]}, None, 400, UNSUPPORTED_GRANT),
        ({"grant_type": "password", "client_id": CLIENT[0]}, None, 400, UNSUPPORTED_GRANT),
        ({"grant_type": "client_credentials"}, None, 400, {
            "error": "invalid_request",
            "error_description": "The request is missing a required parameter, includes an "
                                 "invalid parameter value, includes a parameter more than once, "
                                 "or is otherwise malformed.",
            "hint": "Check the `client_id` parameter",
            "message": "The request is missing a required parameter, includes an invalid "
                       "parameter value, includes a parameter more than once, or is otherwise "
                       "malformed."}),
        ({"grant_type": "client_credentials", "client_id": CLIENT[0]}, None, 401, INVALID_CLIENT),
        ({"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": "no"},
         None, 401, INVALID_CLIENT),
        ({"grant_type": "client_credentials"}, {"Authorization": basic(CLIENT[0], "no")},
         401, INVALID_CLIENT),
    ]
    for fields, headers, status, body in cases:
        reply = token(client, fields, headers)
        check_json(reply, status, body, f"{fields} {headers}")
        expected = 'Basic realm="OAuth"' if headers else None
        check_eq(reply.headers["WWW-Authenticate"], expected, f"{fields}: WWW-Authenticate")
    reply = client.call("POST", "/api/authorize/access_token",
                        json.dumps({"grant_type": "client_credentials"}).encode(),
                        {"Content-Type": "application/json"})
    check_json(reply, 400, UNSUPPORTED_GRANT, "JSON body is not read")
    check_eq(client.call("GET", "/api/authorize/access_token").status, 405, "GET")


@test
def api_needs_a_bearer_token(client, _):
    check_json(client.call("GET", "/api/clock"), 401, denied('Missing "Authorization" header'),
               "no header")
    for header in ["Bearer nonsense", "Basic " + basic(*CLIENT)[6:], ""]:
        reply = client.call("GET", "/api/clock", headers={"Authorization": header})
        check_json(reply, 401, denied(NOT_VERIFIED), repr(header))
        check("WWW-Authenticate" not in reply.headers, "no WWW-Authenticate")
    reply = upload(client, png(), headers={"Authorization": "Bearer nonsense"})
    check_json(reply, 401, denied(NOT_VERIFIED), "upload")
    check_eq(client.last_request()["parts"][0]["name"], "files", "body still recorded")
    reply = get(client, "/api/clock")
    check_eq(reply.status, 200, "clock")
    check(re.fullmatch(r"\d\d:\d\d:\d\d", reply.json()["time"]), f"time {reply.json()}")
    # league strips an optional "Bearer " prefix and takes what is left.
    raw = {"Authorization": token(client).json()["access_token"]}
    check_eq(client.call("GET", "/api/clock", headers=raw).status, 200, "token without Bearer")


@test
def expire_tokens_revokes_every_token(client, _):
    headers = bearer(client)
    check_eq(client.call("GET", "/api/clock", headers=headers).status, 200, "before")
    check_eq(client.call("POST", "/_hoist/expire-tokens").status, 204, "expire-tokens")
    check_json(client.call("GET", "/api/clock", headers=headers), 401,
               denied("Access token has been revoked"), "after")
    check_eq(get(client, "/api/clock").status, 200, "a new token works")
    check_eq([r["path"] for r in client.requests() if r["path"].startswith("/_hoist")], [],
             "introspection not recorded")


@test
def token_lifetime_flag(_, state_dir):
    with running("xibo", Path(state_dir) / "short", "--token-lifetime", "1",
                 "--client-id", "cid", "--client-secret", "cs") as client:
        reply = token(client, {"grant_type": "client_credentials", "client_id": "cid",
                               "client_secret": "cs"})
        check_eq(reply.json()["expires_in"], 1, "expires_in")
        headers = {"Authorization": "Bearer " + reply.json()["access_token"]}
        check_eq(client.call("GET", "/api/clock", headers=headers).status, 200, "fresh")
        time.sleep(1.2)
        check_json(client.call("GET", "/api/clock", headers=headers), 401, denied(NOT_VERIFIED),
                   "expired")
        check_json(token(client), 401, INVALID_CLIENT, "default credentials replaced")


# --------------------------------------------------------------------------
# Upload.

@test
def upload_image(client, _):
    reply = upload(client, png("banner.png"), text("name", "Daily banner"),
                   text("tags", "a, b,a"), text("folderId", "5"))
    check_eq(reply.headers["Content-Type"], "application/json", "content type")
    check(b'"type":"image\\/png"' in reply.body, f"PHP escapes slashes: {reply.body[:200]!r}")
    file = uploaded(reply, "upload")
    media_id = file["mediaId"]
    check_eq(file, {
        "name": "Daily banner", "size": len(PNG), "type": "image/png", "mediaId": media_id,
        "storedas": f"{media_id}.png", "duration": 10, "retired": 0, "fileSize": len(PNG),
        "md5": hashlib.md5(PNG).hexdigest(), "enableStat": "Inherit", "mediaType": "image",
        "fileName": "banner.png"}, "file object")
    check_eq(list(file)[:3], ["name", "size", "type"], "blueimp key order")
    item = items(client)[media_id]
    for key, value in [("fileName", "banner.png"), ("storedAs", f"{media_id}.png"),
                       ("type", "image/png"), ("sha256", hashlib.sha256(PNG).hexdigest()),
                       ("size", len(PNG)), ("folderId", 5), ("tags", "a,b"), ("retired", 0),
                       ("isEdited", 0), ("oldMediaId", None), ("updatedInLayouts", False),
                       ("deletedOldRevision", False)]:
        check_eq(item[key], value, f"item {key}")
    check_eq(Path(item["path"]).read_bytes(), PNG, "stored bytes")
    record = client.last_request()
    check_eq([p["name"] for p in record["parts"]], ["files", "name", "tags", "folderId"], "parts")


@test
def upload_defaults_query_params_and_text_plain(client, _):
    reply = upload(client, png("C:\\pics\\Photo.JPG", content_type="image/jpeg"),
                   text("name", "from body"), query="?name=from%20query&folderId=7",
                   headers={"Accept": "*/*"})
    check_eq(reply.headers["Content-Type"], "text/plain", "without Accept: json")
    file = uploaded(reply, "upload")
    check_eq((file["name"], file["fileName"], file["storedas"], file["mediaType"]),
             ("from body", "Photo.JPG", f"{file['mediaId']}.jpg", "image"), "names")
    check_eq(items(client)[file["mediaId"]]["folderId"], 7, "folderId from the query")
    file = uploaded(upload(client, png("plain.pdf", b"%PDF-1.4", None)), "no part type")
    check_eq((file["name"], file["type"], file["mediaType"]), ("plain.pdf", "", "pdf"), "defaults")
    check_eq(items(client)[file["mediaId"]]["folderId"], 1, "home folder")


@test
def upload_refusals_are_200_with_error(client, _):
    before = len(items(client))
    refused(upload(client, png("hbm.png", b"")),
            {"name": "hbm.png", "size": 0, "type": "image/png", "error": "File is too small"},
            "0 bytes (the forum's answer)")
    refused(upload(client, png("tool.exe", b"MZ", "application/octet-stream")),
            {"name": "tool.exe", "size": 2, "type": "application/octet-stream",
             "error": "Filetype not allowed"}, "extension")
    refused(upload(client, png("empty.exe", b"", None)),
            {"name": "empty.exe", "size": 0, "type": "", "error": "Filetype not allowed"},
            "extension is checked before size")
    reply = upload(client, png("", b"abc"))
    check_eq(reply.json()["files"][0]["error"], "No file was uploaded", "empty filename")
    check_eq(len(items(client)), before, "nothing stored")


@test
def upload_without_a_file_part_is_500(client, _):
    before = len(items(client))
    for what, parts in [("absent", [text("name", "x")]), ("text field", [text("files", "x")])]:
        check_json(upload(client, *parts), 500, UNEXPECTED, what)
    auth = bearer(client)
    for content_type in ["application/json", "multipart/form-data"]:
        reply = client.call("POST", "/api/library", multipart(png()),
                            {**auth, "Content-Type": content_type})
        check_json(reply, 500, UNEXPECTED, content_type)
    check_eq(len(items(client)), before, "nothing stored")


@test
def replace_creates_a_revision(client, _):
    first = uploaded(upload(client, png("v1.png"), text("name", "Logo"), text("tags", "old"),
                            text("folderId", "3")), "v1")
    second = uploaded(upload(client, png("v2.PNG", PNG[::-1]), text("name", ""),
                             text("tags", "new"), text("folderId", "9"),
                             text("oldMediaId", str(first["mediaId"]))), "v2")
    check(second["mediaId"] != first["mediaId"], "new mediaId")
    check_eq((second["name"], second["storedas"]), ("Logo", f"{second['mediaId']}.png"),
             "empty name keeps the old one")
    stored = items(client)
    old, new = stored[first["mediaId"]], stored[second["mediaId"]]
    check_eq((old["isEdited"], old["parentId"], old["retired"]), (1, second["mediaId"], 0),
             "old is a revision")
    check_eq((new["oldMediaId"], new["updatedInLayouts"], new["deletedOldRevision"]),
             (first["mediaId"], False, False), "replace info")
    check_eq((new["folderId"], new["tags"]), (3, "old,new"), "folder and tags")
    # deleteOldRevisions alone does nothing; with updateInLayouts it deletes.
    third = uploaded(upload(client, png("v3.png"), text("deleteOldRevisions", "1"),
                            query=f"?oldMediaId={second['mediaId']}"), "v3")
    check_eq(items(client)[second["mediaId"]]["isEdited"], 1, "v2 kept")
    fourth = uploaded(upload(client, png("v4.png"), text("oldMediaId", str(third["mediaId"])),
                             text("updateInLayouts", "1"), text("deleteOldRevisions", "on")), "v4")
    stored = items(client)
    check(third["mediaId"] not in stored, "v3 deleted")
    check(not os.path.exists(Path(stored[fourth["mediaId"]]["path"]).with_name(
        third["storedas"])), "v3 bytes deleted")
    check_eq(stored[second["mediaId"]]["parentId"], fourth["mediaId"], "v2 relinked to v4")
    check_eq((stored[fourth["mediaId"]]["updatedInLayouts"],
              stored[fourth["mediaId"]]["deletedOldRevision"]), (True, True), "v4 info")
    refused(upload(client, ("files", "clip.mp4", "video/mp4", MP4),
                   text("oldMediaId", str(fourth["mediaId"]))),
            {"name": "clip.mp4", "size": len(MP4), "type": "video/mp4",
             "error": "Filetype not allowed"}, "other media type")
    for data in [PNG, b""]:
        check_json(upload(client, png("x.png", data), text("oldMediaId", "999999")), 404,
                   MEDIA_NOT_FOUND, f"unknown oldMediaId, {len(data)} bytes")


# --------------------------------------------------------------------------
# Library management and routing.

@test
def list_library(client, _):
    tag = f"listme{time.monotonic_ns()}"
    ids = [uploaded(upload(client, png(f"{n}.png"), text("name", f"{tag} {name}"),
                           text("folderId", folder)), name)["mediaId"]
           for n, (name, folder) in enumerate([("b", "4"), ("A", "4"), ("c", "6")])]
    reply = get(client, f"/api/library?media={tag.upper()}")
    check_eq(reply.headers["Content-Type"], "application/json", "content type")
    check_eq(reply.headers["X-Total-Count"], "3", "X-Total-Count")
    media = reply.json()
    check_eq([m["mediaId"] for m in media], [ids[1], ids[0], ids[2]], "name ASC")
    check_eq({k: media[0][k] for k in ("name", "mediaType", "storedAs", "fileName", "fileSize",
                                       "md5", "retired", "folderId", "isEdited", "parentId")},
             {"name": f"{tag} A", "mediaType": "image", "storedAs": f"{ids[1]}.png",
              "fileName": "1.png", "fileSize": len(PNG), "md5": hashlib.md5(PNG).hexdigest(),
              "retired": 0, "folderId": 4, "isEdited": 0, "parentId": 0}, "media object")
    page = get(client, f"/api/library?media={tag}&folderId=4&start=1&length=1")
    check_eq((page.headers["X-Total-Count"], [m["mediaId"] for m in page.json()]),
             ("2", [ids[0]]), "folder filter and paging")
    check_eq([m["mediaId"] for m in get(client, f"/api/library?mediaId={ids[2]}").json()],
             [ids[2]], "mediaId filter")
    check_eq(get(client, f"/api/library?media={tag}&retired=1").json(), [], "retired filter")
    for n in range(9):
        uploaded(upload(client, png(), text("name", f"{tag} page {n}")), "filler")
    check_eq(len(get(client, f"/api/library?media={tag}").json()), 10, "default length")
    check_eq(len(get(client, f"/api/library?media={tag}&disablePaging=1").json()), 12,
             "disablePaging")


@test
def delete_media(client, _):
    first = uploaded(upload(client, png()), "v1")
    second = uploaded(upload(client, png(), text("oldMediaId", str(first["mediaId"]))), "v2")
    listed = [m["mediaId"] for m in get(client, "/api/library?length=1000").json()]
    check(first["mediaId"] not in listed and second["mediaId"] in listed, "revision hidden")
    path = items(client)[second["mediaId"]]["path"]
    reply = client.call("DELETE", f"/api/library/{second['mediaId']}", b"forceDelete=1",
                        {**bearer(client), "Content-Type": "application/x-www-form-urlencoded"})
    check_eq((reply.status, reply.body), (204, b""), "delete")
    check(not os.path.exists(path), "bytes removed")
    check_eq(items(client)[first["mediaId"]]["isEdited"], 0, "revision restored")
    reply = client.call("DELETE", f"/api/library/{second['mediaId']}", headers=bearer(client))
    check_json(reply, 404, MEDIA_NOT_FOUND, "again")


def delete(client, media_id, body=b"", query=""):
    headers = {**bearer(client), "Content-Type": "application/x-www-form-urlencoded"}
    return client.call("DELETE", f"/api/library/{media_id}{query}", body, headers)


def in_use(client, media_id):
    check_eq(client.call("POST", f"/_hoist/in-use/{media_id}").status, 204, "mark in use")


def post_folder(client, fields):
    return client.post_form("/api/folders", fields, bearer(client))


def links(reply):
    """rel -> (start, length) of each Link header entry, and the URLs' paths and queries."""
    found = re.findall(r'<([^>]*)\?start=(-?\d+)&length=(\d+)>; rel="(\w+)"',
                       reply.headers["Link"])
    check_eq(", ".join(f'<{u}?start={s}&length={n}>; rel="{r}"' for u, s, n, r in found),
             reply.headers["Link"], "nothing but start and length in the Link URLs")
    return {rel: (int(start), int(length)) for _, start, length, rel in found}


@test
def delete_in_use_needs_force_delete(client, _):
    media_id = uploaded(upload(client, png()), "upload")["mediaId"]
    check_eq(items(client)[media_id]["inUse"], False, "not in use after upload")
    check_json(client.call("POST", "/_hoist/in-use/999999"), 404, MEDIA_NOT_FOUND, "unknown id")
    in_use(client, media_id)
    check_eq(items(client)[media_id]["inUse"], True, "in use")
    check_eq([r["path"] for r in client.requests() if "in-use" in r["path"]], [], "not recorded")
    refusal = {"error": 422, "message": "This library item is in use.", "property": None,
               "help": None}
    for body, query in [(b"", ""), (b"forceDelete=0", ""), (b"purge=1", "?forceDelete=off"),
                        (b"forceDelete=0", "?forceDelete=1")]:  # the body wins
        check_json(delete(client, media_id, body, query), 422, refusal, f"{body} {query}")
    check(media_id in items(client), "still there")
    reply = delete(client, media_id, b"forceDelete=1")
    check_eq((reply.status, reply.body), (204, b""), "forceDelete=1 in the body")
    check(media_id not in items(client), "deleted")
    other = uploaded(upload(client, png()), "upload")["mediaId"]
    in_use(client, other)
    check_eq(delete(client, other, query="?forceDelete=1").status, 204, "forceDelete in the query")
    reply = client.call("DELETE", f"/api/library/{media_id}", headers=bearer(client))
    check_json(reply, 404, MEDIA_NOT_FOUND, "404 before the in-use check")


@test
def replacing_moves_the_in_use_mark_with_update_in_layouts(client, _):
    first = uploaded(upload(client, png("v1.png")), "v1")["mediaId"]
    in_use(client, first)
    second = uploaded(upload(client, png("v2.png"), text("oldMediaId", str(first)),
                             text("updateInLayouts", "0")), "v2")["mediaId"]
    stored = items(client)
    check_eq((stored[first]["inUse"], stored[second]["inUse"]), (True, False),
             "updateInLayouts=0: the layouts keep the old item")
    third = uploaded(upload(client, png("v3.png"), text("oldMediaId", str(first)),
                            text("updateInLayouts", "1")), "v3")["mediaId"]
    stored = items(client)
    check_eq((stored[first]["inUse"], stored[third]["inUse"]), (False, True),
             "updateInLayouts=1: the layouts use the new item")
    check_eq(delete(client, first).status, 204, "the old revision is free to go")
    fourth = uploaded(upload(client, png("v4.png"), text("oldMediaId", str(third)),
                             text("updateInLayouts", "1"), text("deleteOldRevisions", "1")),
                      "v4")["mediaId"]
    stored = items(client)
    check(third not in stored and stored[fourth]["inUse"], "mark moved before v3 was deleted")
    check_eq(delete(client, fourth).status, 422, "v4 in use")


@test
def paging_link_header_skips_a_page(client, _):
    tag = f"linkme{time.monotonic_ns()}"
    for n in range(7):
        uploaded(upload(client, png(), text("name", f"{tag} {n}")), "filler")
    reply = get(client, f"/api/library?media={tag}&length=2")
    check_eq((reply.headers["X-Total-Count"], len(reply.json())), ("7", 2), "first page")
    url = f"{client.url}/api/library"
    check(reply.headers["Link"].startswith(f"<{url}?start=4&length=2>"), reply.headers["Link"])
    check_eq(links(reply), {"next": (4, 2), "first": (0, 2)}, "next skips start=2")
    reply = get(client, f"/api/library?media={tag}&start=3&length=2")
    check_eq(links(reply), {"next": (7, 2), "prev": (1, 2), "first": (0, 2)},
             "next points past the end")
    reply = get(client, f"/api/library?media={tag}&start=5&length=2")
    check_eq(links(reply), {"prev": (3, 2), "first": (0, 2)}, "last page: no next")
    reply = get(client, f"/api/library?media={tag}&start=1&length=3")
    check_eq(links(reply)["prev"], (-2, 3), "prev can be negative")
    reply = get(client, f"/api/library?media={tag}")
    check_eq(links(reply), {"first": (0, 10)}, "one page of the default length")
    reply = get(client, f"/api/library?media={tag}&disablePaging=1&length=5")
    check_eq((len(reply.json()), links(reply)), (7, {"next": (10, 5), "first": (0, 5)}),
             "disablePaging still gets a next link")
    followed = get(client, re.search(r"<([^>]*)>", reply.headers["Link"]).group(1))
    check(int(followed.headers["X-Total-Count"]) > 7, "following the link loses media=")


@test
def folders_tree_and_add(client, _):
    reply = get(client, "/api/folders")
    check_eq(reply.headers["Content-Type"], "application/json", "content type")
    tree = reply.json()
    check_eq(len(tree), 1, "one root")
    root = tree[0]
    check_eq(list(root), ["id", "text", "parentId", "isRoot", "children", "permissionsFolderId",
                          "a_attr"], "root keys")
    check_eq({k: root[k] for k in ("id", "text", "parentId", "isRoot", "permissionsFolderId")},
             {"id": 1, "text": "Root Folder", "parentId": 0, "isRoot": 1,
              "permissionsFolderId": 0}, "root")
    before = len(root["children"])
    reply = post_folder(client, {"text": "Pictures"})
    check_eq(reply.status, 200, "Folder::add answers 200")
    pictures = reply.json()
    check_eq(pictures, {"id": pictures["id"], "text": "Pictures", "parentId": 1, "isRoot": None,
                        "children": None, "permissionsFolderId": None}, "default parent")
    check(b'"parentId":1,' in reply.body, f"int default parentId {reply.body!r}")
    reply = client.post_multipart("/api/folders", text("text", "Holidays"),
                                  text("parentId", str(pictures["id"])), headers=bearer(client))
    holidays = reply.json()
    check_eq((reply.status, holidays["parentId"], holidays["text"]),
             (200, str(pictures["id"]), "Holidays"), "multipart, parentId as sent (a string)")
    sibling = post_folder(client, {"text": "Zeta", "parentId": "1"}).json()
    root = get(client, "/api/folders?folderId=" + str(pictures["id"])).json()[0]
    check_eq(root["text"], "Root Folder", "folderId is ignored: still the whole tree")
    check_eq([c["id"] for c in root["children"][before:]], [pictures["id"], sibling["id"]],
             "root's children in creation order")
    nested = root["children"][before]
    check_eq(nested, {"id": pictures["id"], "text": "Pictures", "parentId": 1, "isRoot": 0,
                      "children": [{"id": holidays["id"], "text": "Holidays",
                                    "parentId": pictures["id"], "isRoot": 0, "children": None,
                                    "permissionsFolderId": 1}],
                      "permissionsFolderId": 1}, "nested subfolder, leaf children null")
    check_eq(root["children"][before + 1]["children"], None, "leaf sibling")
    one = get(client, f"/api/folders/{pictures['id']}").json()
    check_eq((one["children"], one["parentId"]), (str(holidays["id"]), 1), "4.x single folder")
    check_json(get(client, "/api/folders/999999"), 404,
               {"error": 404, "message": "Folder not found", "property": None, "help": None},
               "unknown folder")
    name_error = {"error": 422, "message": "Folder needs to have a name, between 1 and 254 "
                                           "characters.", "property": "folderName", "help": None}
    for fields in [{}, {"text": ""}, {"text": "x" * 255}, {"text": "", "parentId": "999999"}]:
        check_json(post_folder(client, fields), 422, name_error, f"{fields}")
    check_json(post_folder(client, {"text": "x", "parentId": ""}), 422,
               {"error": 422, "message": "Folder needs a specified parent Folder id",
                "property": "parentId", "help": None}, "empty parentId")
    check_json(post_folder(client, {"text": "x", "parentId": "999999"}), 404,
               {"error": 404, "message": "Folder not found", "property": None, "help": None},
               "unknown parent")
    check_json(client.post_form("/api/folders", {"text": "x"}), 401,
               denied('Missing "Authorization" header'), "needs a token")


@test
def store_other_bytes_changes_the_reported_size_and_md5(client, _):
    client.fault(kind="store_other_bytes", method="POST", path="/api/library")
    file = uploaded(upload(client, png("odd.png")), "upload")
    stored_bytes = bytes([PNG[0] ^ 0xFF]) + PNG[1:-1]
    check_eq((file["size"], file["fileSize"], file["md5"]),
             (len(PNG) - 1, len(PNG) - 1, hashlib.md5(stored_bytes).hexdigest()), "reported")
    item = items(client)[file["mediaId"]]
    check_eq((Path(item["path"]).read_bytes(), item["sha256"]),
             (stored_bytes, hashlib.sha256(stored_bytes).hexdigest()), "stored")
    part = client.last_request()["parts"][0]
    check_eq((part["size"], part["sha256"]), (len(PNG), hashlib.sha256(PNG).hexdigest()),
             "the log has what was sent")
    listed = get(client, f"/api/library?mediaId={file['mediaId']}").json()[0]
    check_eq((listed["fileSize"], listed["md5"]), (len(PNG) - 1, file["md5"]), "listed")
    again = uploaded(upload(client, png("even.png")), "fault used up")
    check_eq((again["fileSize"], again["md5"]), (len(PNG), hashlib.md5(PNG).hexdigest()), "clean")


@test
def routes_without_a_trailing_slash_only(client, _):
    for method, path in [("POST", "/api/library/"), ("GET", "/api/library/"),
                         ("GET", "/api/clock/"), ("POST", "/api/authorize/access_token/"),
                         ("GET", "/api/nope"), ("GET", "/nope")]:
        check_json(client.call(method, path), 404, ROUTE_NOT_FOUND, f"{method} {path} no auth")
    check_json(client.call("POST", "/api/library/", multipart(png()),
                           {**bearer(client), "Content-Type": MULTIPART}),
               404, ROUTE_NOT_FOUND, "with auth")
    reply = client.call("PUT", "/api/library")
    check_json(reply, 405, {"error": 405, "message": "Method not allowed. Must be one of: GET, POST",
                            "property": None, "help": None}, "PUT")
    check_eq(reply.headers["Allow"], "GET, POST", "Allow")


if __name__ == "__main__":
    sys.exit(selfcheck.main("xibo"))
