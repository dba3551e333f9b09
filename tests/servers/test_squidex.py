"""Self-check for the Squidex emulator (stdlib only).

  /usr/bin/python3 tests/servers/test_squidex.py

Starts tests/servers/squidex.py through fixture.py, exactly as CTest will,
and checks every route and every strict behaviour against the contract.
"""

import base64
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

from selfcheck import MULTIPART, basic, check, check_eq, multipart, running, test
import selfcheck

APP = "hoist-app"
CLIENT_ID, SECRET = "hoist-app:default", "hoist-squidex-secret"
ROOT = "00000000-0000-0000-0000-000000000000"
PICTURES = "39b46dab-60ee-4bef-ae51-64591d3f5d7f"
ASSETS = f"/api/apps/{APP}/assets"
TOKEN = "/identity-server/connect/token"
GRANT = {"grant_type": "client_credentials", "scope": "squidex-api"}
RFC400 = "https://tools.ietf.org/html/rfc7231#section-6.5.1"
DTO_KEYS = ["id", "parentId", "fileName", "fileHash", "isProtected", "slug", "mimeType",
            "fileType", "metadataText", "editToken", "metadata", "tags", "fileSize",
            "fileVersion", "type", "createdBy", "lastModifiedBy", "created", "lastModified",
            "version", "isImage", "_links"]


def token(client):
    reply = client.post_form(TOKEN, {**GRANT, "client_id": CLIENT_ID, "client_secret": SECRET})
    check_eq(reply.status, 200, "token status")
    return reply.json()["access_token"]


def bearer(client):
    return {"Authorization": f"Bearer {token(client)}"}


def upload(client, *parts, query="", headers=None, path=ASSETS, method="POST"):
    headers = bearer(client) if headers is None else headers
    return client.post_multipart(path + query, *parts, headers=headers, method=method)


def unique(label):
    """Fresh bytes, so an earlier test's asset is never a duplicate."""
    return f"{label} {os.urandom(8).hex()}".encode()


def items(client):
    return {item["id"]: item for item in client.call("GET", "/_hoist/items").json()}


def check_empty(reply, status, what):
    check_eq((reply.status, reply.body), (status, b""), what)


def check_validation(reply, details, what):
    body = reply.json()
    check_eq((reply.status, body["message"], body["details"], body["statusCode"], body["type"]),
             (400, "Validation error", details, 400, RFC400), what)
    check(body["traceId"].startswith("00-") and len(body["traceId"]) == 55, f"traceId {body}")


def check_oauth(reply, status, error, description, what):
    body = reply.json()
    check_eq((reply.status, body["error"], body["error_description"]),
             (status, error, description), what)
    check(body["error_uri"].startswith("https://documentation.openiddict.com/errors/ID"),
          f"error_uri {body}")


# --------------------------------------------------------------------------

@test
def token_from_form_body_and_basic(client, _):
    before = client.call("GET", "/_hoist/tokens").json()["issued"]
    reply = client.post_form(TOKEN, {**GRANT, "client_id": CLIENT_ID, "client_secret": SECRET})
    body = reply.json()
    check_eq((reply.status, list(body), body["expires_in"], body["token_type"], body["scope"]),
             (200, ["access_token", "expires_in", "token_type", "scope"], 2592000, "Bearer",
              "squidex-api"), "form body grant")
    check_eq(reply.headers["Cache-Control"], "no-store", "Cache-Control")
    # RFC 6749: Basic credentials are form-urlencoded first, so ':' in the id is %3A.
    header = basic(quote(CLIENT_ID, safe=""), quote(SECRET, safe=""))
    reply = client.post_form(TOKEN, GRANT, headers={"Authorization": header})
    check_eq(reply.status, 200, "Basic grant")
    check(reply.json()["access_token"] != body["access_token"], "tokens are random")
    reply = client.post_form(TOKEN, GRANT, headers={"Authorization": basic(CLIENT_ID, SECRET)})
    check_oauth(reply, 401, "invalid_client", "The specified 'client_id' is invalid.",
                "unencoded ':' in a Basic client id")
    check_eq(client.call("GET", "/_hoist/tokens").json(), {"issued": before + 2}, "issued")
    record = client.requests()[1]
    check_eq((record["path"], record["body_bytes"]), (TOKEN, record["content_length"]),
             "token request recorded with its body")


@test
def token_errors(client, _):
    good = {**GRANT, "client_id": CLIENT_ID, "client_secret": SECRET}
    invalid_client = "Basic " + ", ".join([
        'error="invalid_client"',
        'error_description="The specified client credentials are invalid."',
        'error_uri="https://documentation.openiddict.com/errors/ID2055"'])
    reply = client.post_form(TOKEN, {**good, "client_secret": "wrong"})
    check_oauth(reply, 401, "invalid_client", "The specified client credentials are invalid.",
                "wrong secret")
    check_eq(reply.headers["WWW-Authenticate"], invalid_client, "Basic challenge")
    cases = [
        ({**good, "grant_type": ""}, 400, "invalid_request",
         "The mandatory 'grant_type' parameter is missing."),
        ({**good, "grant_type": "password"}, 400, "unsupported_grant_type",
         "The specified 'grant_type' is not supported."),
        ({**good, "client_id": ""}, 401, "invalid_client",
         "The mandatory 'client_id' parameter is missing."),
        ({**good, "scope": "openid"}, 400, "invalid_scope", "The specified 'scope' is invalid."),
        ({**good, "scope": ""}, 400, "invalid_scope", "The specified 'scope' is invalid."),
        ({**good, "client_id": "other:default"}, 401, "invalid_client",
         "The specified 'client_id' is invalid."),
    ]
    for fields, status, error, description in cases:
        check_oauth(client.post_form(TOKEN, fields), status, error, description, str(fields))
    reply = client.post_form(TOKEN, good, headers={"Authorization": basic("a", "b")})
    check_oauth(reply, 400, "invalid_request", "Multiple client credentials cannot be specified.",
                "Basic and body credentials")
    reply = client.call("POST", TOKEN, json.dumps(good).encode(),
                        {"Content-Type": "application/json"})
    check_oauth(reply, 400, "invalid_request", "The specified 'Content-Type' header is invalid.",
                "JSON body")
    check_oauth(client.call("GET", TOKEN), 400, "invalid_request",
                "The specified HTTP method is not valid.", "GET")


@test
def upload_to_folder_returns_asset_dto(client, state_dir):
    data = unique("photo")
    reply = upload(client, ("file", "My Photo.JPEG", "image/jpeg", data),
                   query=f"?parentId={PICTURES}")
    check_eq(reply.status, 201, "status")
    asset = reply.json()
    check_eq(list(asset), DTO_KEYS, "AssetDto keys")
    content = base64.b64encode(hashlib.sha256(data).digest()).decode()
    file_hash = base64.b64encode(hashlib.sha256(
        f"{content}My Photo.JPEG{len(data)}".encode()).digest()).decode()
    for key, value in [("parentId", PICTURES), ("fileName", "My Photo.JPEG"),
                       ("slug", "my-photo.jpeg"), ("mimeType", "image/jpeg"), ("fileType", "jpg"),
                       ("fileSize", len(data)), ("fileVersion", 0), ("version", 0),
                       ("fileHash", file_hash), ("type", "Image"), ("isImage", True),
                       ("tags", ["type/jpg"]), ("metadataText", f"{len(data)} bytes"),
                       ("createdBy", f"client:{CLIENT_ID}"), ("isProtected", False)]:
        check_eq(asset[key], value, key)
    check_eq(len(asset["id"]), 36, "id is a GUID")
    check(asset["created"].endswith("Z") and asset["editToken"], "created, editToken")
    base = f"{ASSETS}/{asset['id']}"
    check_eq(asset["_links"], {
        "self": {"href": base, "method": "GET"},
        "update": {"href": base, "method": "PUT"},
        "move": {"href": f"{base}/parent", "method": "PUT"},
        "upload": {"href": f"{base}/content/", "method": "PUT"},
        "delete": {"href": base, "method": "DELETE"},
        "content": {"href": f"/api/assets/{APP}/{asset['id']}/my-photo.jpeg", "method": "GET"},
    }, "_links")
    check_eq(reply.headers["Location"], f"{client.url}{base}", "Location")
    item = items(client)[asset["id"]]
    check_eq((item["parentId"], item["sha256"], item["fileVersion"], item["formFields"]),
             (PICTURES, hashlib.sha256(data).hexdigest(), 0, {}), "/_hoist/items")
    check_eq(Path(item["storedFile"]).read_bytes(), data, "stored bytes")
    check(Path(item["storedFile"]).is_relative_to(Path(state_dir)), "bytes under storage")


@test
def parent_id_form_field_is_ignored(client, _):
    """Seed 001's mistake: 7.13 binds parentId from the query string only."""
    reply = upload(client, ("parentId", None, None, PICTURES),
                   ("file", "doc.txt", "text/plain", unique("doc")))
    check_eq((reply.status, reply.json()["parentId"]), (201, ROOT), "lands in the root")
    item = items(client)[reply.json()["id"]]
    check_eq((item["parentId"], item["formFields"]), (ROOT, {"parentId": PICTURES}), "item")
    reply = upload(client, ("file", "b.txt", "text/plain", unique("b")),
                   query=f"?ParentId={PICTURES}")
    check_eq(reply.json()["parentId"], PICTURES, "query binding is case-insensitive")


@test
def unknown_parent_folder(client, _):
    before = items(client)
    reply = upload(client, ("file", "a.txt", "text/plain", unique("a")),
                   query="?parentId=11111111-1111-1111-1111-111111111111")
    check_validation(reply, ["ParentId: Asset folder does not exist."], "unknown parentId")
    check_eq(items(client), before, "nothing stored")


@test
def duplicates_return_the_existing_asset(client, _):
    part = ("file", "same.bin", "application/octet-stream", unique("same"))
    first = upload(client, part).json()
    check("_meta" not in first, "no _meta on a new asset")
    reply = upload(client, part)
    check_eq((reply.status, reply.json()["id"], reply.json()["_meta"]),
             (201, first["id"], {"isDuplicate": "true"}), "duplicate")
    check_eq(reply.headers["Location"], f"{client.url}{ASSETS}/{first['id']}", "Location")
    again = upload(client, part, query="?duplicate=true").json()
    check(again["id"] != first["id"] and "_meta" not in again, "duplicate=true stores anew")
    renamed = upload(client, ("file", "other.bin", part[2], part[3])).json()
    check(renamed["id"] != first["id"], "the file name is part of Squidex's file hash")
    check_eq(len([i for i in items(client).values() if i["sha256"] == hashlib.sha256(
        part[3]).hexdigest()]), 3, "three assets stored")


@test
def multipart_validation(client, _):
    file_part = ("file", "a.txt", "text/plain", "abc")
    cases = [
        ([("other", "a.txt", "text/plain", "abc")], "Can only upload one file."),
        ([("file", None, None, "abc")], "Can only upload one file."),
        ([file_part, ("extra", "b.txt", "text/plain", "b")], "Can only upload one file."),
        ([("name", None, None, "x")], "Can only upload one file."),
        ([("file", "a.txt", None, "abc")], "File content-type is not defined."),
        ([("file", "", "text/plain", "abc")], "File name is not defined."),
        ([("file", " ", "text/plain", "abc")], "File name is not defined."),
    ]
    for parts, detail in cases:
        check_validation(upload(client, *parts), [detail], f"parts {parts}")
    auth = bearer(client)
    reply = client.call("POST", ASSETS, multipart(file_part),
                        {"Content-Type": "multipart/form-data", **auth})
    check_validation(reply, ["Request body has an invalid format."], "no boundary")
    reply = client.call("POST", ASSETS, b"--x\r\ngarbage", {"Content-Type": MULTIPART, **auth})
    check_validation(reply, ["Request body has an invalid format."], "unparsable body")


@test
def json_upload_is_unsupported_media_type(client, _):
    reply = client.call("POST", ASSETS, multipart(("file", "a.txt", "text/plain", "abc")),
                        {"Content-Type": "application/json", **bearer(client)})
    body = reply.json()
    check_eq((reply.status, reply.headers["Content-Type"]),
             (415, "application/problem+json; charset=utf-8"), "415")
    check_eq(list(body), ["type", "title", "status", "traceId"], "ProblemDetails keys")
    check_eq((body["type"], body["title"], body["status"]),
             ("https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type",
              415), "ProblemDetails")
    check_eq(client.last_request()["status"], 415, "recorded")


@test
def body_over_max_size(client, _):
    reply = upload(client, ("file", "big.bin", "application/octet-stream", bytes(5242880)))
    body = reply.json()
    check_eq((reply.status, body["message"], body["statusCode"]),
             (413, "Request body too large.", 413), "413")
    check_eq(client.last_request()["parts"][0]["size"], 5242880, "whole body still read")


@test
def upload_auth_is_403_empty(client, _):
    part = ("file", "a.txt", "text/plain", "abc")
    for headers in [{}, {"Authorization": "Bearer nope"}, {"Authorization": basic("a", "b")}]:
        check_empty(upload(client, part, headers=headers), 403, f"upload with {headers}")
        check_empty(upload(client, part, headers=headers, path=f"{ASSETS}/x/content",
                           method="PUT"), 403, f"replace with {headers}")


@test
def api_auth_is_401_with_challenge(client, _):
    for path in [f"/api/apps/{APP}", ASSETS, f"{ASSETS}/folders", "/api/apps/nope/assets"]:
        reply = client.call("GET", path)
        check_empty(reply, 401, f"{path} without token")
        check_eq(reply.headers["WWW-Authenticate"], "Bearer", "missing token challenge")
        reply = client.call("GET", path, headers={"Authorization": "Bearer nope"})
        check_empty(reply, 401, f"{path} with a bad token")
        check_eq(reply.headers["WWW-Authenticate"], 'Bearer error="invalid_token"', "challenge")


@test
def unknown_app_and_routes_are_404_empty(client, _):
    auth = bearer(client)
    for method, path in [("GET", "/api/apps/nope"), ("GET", "/api/apps/nope/assets"),
                         ("POST", "/api/apps/nope/assets"), ("GET", f"{ASSETS}/missing"),
                         ("DELETE", f"{ASSETS}/missing"), ("GET", "/api/nothing")]:
        reply = client.call(method, path, headers=auth)
        check_empty(reply, 404, f"{method} {path}")
        check("Content-Type" not in reply.headers, f"{method} {path} has no Content-Type")


@test
def trailing_slashes_and_app_info(client, _):
    auth = bearer(client)
    info = client.call("GET", f"/api/apps/{APP}/", headers=auth).json()
    check_eq((info["name"], len(info["id"])), (APP, 36), "app info")
    check_eq(client.call("GET", f"/api/apps/{APP}", headers=auth).json(), info, "no slash")
    reply = upload(client, ("file", "s.txt", "text/plain", unique("s")), path=f"{ASSETS}/")
    check_eq(reply.status, 201, "POST assets/")
    asset_id = reply.json()["id"]
    check_eq(client.call("GET", f"{ASSETS}/{asset_id}/", headers=auth).json()["id"], asset_id,
             "GET assets/<id>/")
    check_eq(client.call("GET", f"{ASSETS}/folders/", headers=auth).json()["total"] >= 1, True,
             "GET assets/folders/")


@test
def replace_content(client, _):
    auth = bearer(client)
    asset = upload(client, ("file", "report.txt", "text/plain", unique("v0"))).json()
    new = unique("version one, longer")
    reply = upload(client, ("file", "renamed.md", "text/markdown", new), headers=auth,
                   path=f"{ASSETS}/{asset['id']}/content", method="PUT")
    check_eq(reply.status, 200, "status")
    replaced = reply.json()
    check_eq([replaced[k] for k in ("id", "fileVersion", "version", "fileSize", "mimeType",
                                    "fileName", "slug")],
             [asset["id"], 1, 1, len(new), "text/markdown", "report.txt", "report.txt"],
             "fileVersion/version bumped, new bytes, name kept")
    check(replaced["fileHash"] != asset["fileHash"], "new fileHash")
    item = items(client)[asset["id"]]
    check_eq((item["sha256"], Path(item["storedFile"]).read_bytes(), item["fileVersion"]),
             (hashlib.sha256(new).hexdigest(), new, 1), "stored bytes replaced")
    check_eq(client.call("GET", f"{ASSETS}/{asset['id']}", headers=auth).json(), replaced, "GET")
    reply = upload(client, ("file", "x.txt", "text/plain", "x"), headers=auth,
                   path=f"{ASSETS}/{asset['id']}/content/", method="PUT")
    check_eq(reply.json()["fileVersion"], 2, "trailing slash")
    reply = upload(client, ("file", "x.txt", "text/plain", "x"), headers=auth,
                   path=f"{ASSETS}/missing/content", method="PUT")
    check_empty(reply, 404, "unknown asset")
    reply = upload(client, ("file", "x.txt", None, "x"), headers=auth,
                   path=f"{ASSETS}/missing/content", method="PUT")
    check_validation(reply, ["File content-type is not defined."], "file checked before id")


@test
def list_get_and_delete(client, _):
    auth = bearer(client)
    folder = client.call("POST", f"{ASSETS}/folders",
                         json.dumps({"folderName": "Listing"}).encode(),
                         {"Content-Type": "application/json", **auth}).json()["id"]
    ids = [upload(client, ("file", f"{n}.txt", "text/plain", unique(str(n))), headers=auth,
                  query=f"?parentId={folder}").json()["id"] for n in range(3)]
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$top=2", headers=auth).json()
    check_eq((page["total"], [a["id"] for a in page["items"]], page["_links"]),
             (3, ids[::-1][:2], {}), "first page, last changed first")
    check_eq(list(page["items"][0]), DTO_KEYS, "list items are AssetDtos")
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$top=2&$skip=2", headers=auth).json()
    check_eq([a["id"] for a in page["items"]], ids[:1], "second page")
    page = client.call("GET", f"{ASSETS}?$top=500", headers=auth).json()
    check(page["total"] >= 3 and len(page["items"]) <= 200, "all folders, at most 200")
    check_eq(client.call("GET", f"{ASSETS}/{ids[0]}", headers=auth).json()["id"], ids[0], "GET")
    check_empty(client.call("DELETE", f"{ASSETS}/{ids[0]}", headers=auth), 204, "DELETE")
    check_empty(client.call("GET", f"{ASSETS}/{ids[0]}", headers=auth), 404, "deleted")
    check_empty(client.call("DELETE", f"{ASSETS}/{ids[0]}", headers=auth), 404, "deleted twice")
    check(ids[0] not in items(client), "gone from /_hoist/items")


@test
def search_with_folder_and_paging(client, _):
    auth = bearer(client)
    folder = client.call("POST", f"{ASSETS}/folders",
                         json.dumps({"folderName": "Search"}).encode(),
                         {"Content-Type": "application/json", **auth}).json()["id"]
    tag = os.urandom(4).hex()
    names = [f"{tag}-Report.PDF", f"x-{tag}-report-2.pdf", f"{tag}-photo.png", "other.pdf"]
    ids = [upload(client, ("file", name, "application/pdf", unique(name)), headers=auth,
                  query=f"?parentId={folder}").json()["id"] for name in names]
    upload(client, ("file", f"{tag}-report-root.pdf", "application/pdf", unique("root")),
           headers=auth)
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$search={tag}-REPORT.",
                       headers=auth).json()
    check_eq((page["total"], [a["id"] for a in page["items"]]), (1, [ids[0]]),
             "substring, ignoring case")
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$search=REPORT&$top=1",
                       headers=auth).json()
    check_eq((page["total"], [a["id"] for a in page["items"]]), (2, [ids[1]]),
             "total counts every match, $top pages")
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$search=report&$top=1&$skip=1",
                       headers=auth).json()
    check_eq([a["id"] for a in page["items"]], [ids[0]], "$skip")
    page = client.call("GET", f"{ASSETS}?$search={tag}-report", headers=auth).json()
    check_eq(page["total"], 3, "without parentId: every folder")
    page = client.call("GET", f"{ASSETS}?parentId={folder}&$search=nothing-like-it",
                       headers=auth).json()
    check_eq(page, {"total": 0, "items": [], "_links": {}}, "no match")


@test
def store_other_bytes_changes_file_size_and_hash(client, _):
    client.fault(kind="store_other_bytes", method="POST", path=ASSETS)  # not the token's POST
    data = unique("tampered")
    kept = bytes([data[0] ^ 0xFF]) + data[1:-1]
    asset = upload(client, ("file", "t.txt", "text/plain", data), headers=bearer(client)).json()
    content = base64.b64encode(hashlib.sha256(kept).digest()).decode()
    expected = base64.b64encode(hashlib.sha256(
        f"{content}t.txt{len(kept)}".encode()).digest()).decode()
    check_eq((asset["fileSize"], asset["fileHash"]), (len(kept), expected), "reported")
    check_eq(Path(items(client)[asset["id"]]["storedFile"]).read_bytes(), kept, "stored")
    part = client.last_request()["parts"][0]
    check_eq((part["size"], part["sha256"]), (len(data), hashlib.sha256(data).hexdigest()),
             "logged as sent")


@test
def folders(client, _):
    auth = {"Content-Type": "application/json", **bearer(client)}
    root = client.call("GET", f"{ASSETS}/folders", headers=auth).json()
    check_eq(root["items"][0], {"id": PICTURES, "parentId": ROOT, "folderName": "Pictures",
                                "version": 0, "_links": {}}, "seeded folder")
    check_eq(list(root["items"][0]), ["id", "parentId", "folderName", "version", "_links"],
             "AssetFolderDto's order")
    check_eq((list(root), root["path"]), (["total", "items", "path", "_links"], []), "shape")
    body = json.dumps({"folderName": "Holidays", "parentId": PICTURES}).encode()
    reply = client.call("POST", f"{ASSETS}/folders", body, auth)
    check_eq(reply.status, 201, "create folder")
    holidays = reply.json()
    check_eq((holidays["folderName"], holidays["parentId"], holidays["version"]),
             ("Holidays", PICTURES, 0), "folder")
    inner = client.call("GET", f"{ASSETS}/folders?parentId={PICTURES}", headers=auth).json()
    check_eq((inner["total"], inner["items"], [f["id"] for f in inner["path"]]),
             (1, [holidays], [PICTURES]), "children and path")
    check_eq(list(holidays), ["id", "parentId", "folderName", "version", "_links"], "created")
    body = json.dumps({"folderName": "2024", "parentId": holidays["id"]}).encode()
    year = client.call("POST", f"{ASSETS}/folders", body, auth).json()
    deep = client.call("GET", f"{ASSETS}/folders?parentId={year['id']}", headers=auth).json()
    check_eq(deep, {"total": 0, "items": [], "_links": {},
                    "path": [root["items"][0], holidays, year]}, "path from the top down")
    body = json.dumps({"folderName": " ", "parentId": "nope"}).encode()
    check_validation(client.call("POST", f"{ASSETS}/folders", body, auth),
                     ["FolderName: Folder name is required.",
                      "ParentId: Asset folder does not exist."], "bad folder")
    reply = client.call("POST", f"{ASSETS}/folders", b"folderName=x",
                        {**auth, "Content-Type": "application/x-www-form-urlencoded"})
    check_eq((reply.status, reply.json()["title"]), (415, "Unsupported Media Type"), "not JSON")


@test
def expire_tokens_revokes_every_token(client, _):
    auth = bearer(client)
    check_eq(client.call("GET", f"/api/apps/{APP}", headers=auth).status, 200, "before")
    check_empty(client.call("POST", "/_hoist/expire-tokens"), 204, "expire-tokens")
    reply = client.call("GET", f"/api/apps/{APP}", headers=auth)
    check_eq((reply.status, reply.headers["WWW-Authenticate"]),
             (401, 'Bearer error="invalid_token"'), "revoked token on GET")
    check_empty(upload(client, ("file", "a.txt", "text/plain", "a"), headers=auth), 403,
                "revoked token on upload")
    check_eq(client.call("GET", f"/api/apps/{APP}", headers=bearer(client)).status, 200,
             "a new token works")
    check_eq([r["path"] for r in client.requests()][-1], f"/api/apps/{APP}",
             "introspection is not recorded")


@test
def token_lifetime(_, state_dir):
    with running("squidex", Path(state_dir) / "short", "--token-lifetime", "1") as client:
        reply = client.post_form(TOKEN, {**GRANT, "client_id": CLIENT_ID, "client_secret": SECRET})
        check_eq(reply.json()["expires_in"], 1, "expires_in")
        auth = {"Authorization": f"Bearer {reply.json()['access_token']}"}
        check_eq(client.call("GET", f"/api/apps/{APP}", headers=auth).status, 200, "fresh")
        time.sleep(1.2)
        check_eq(client.call("GET", f"/api/apps/{APP}", headers=auth).status, 401, "expired")
        check_empty(upload(client, ("file", "a.txt", "text/plain", "a"), headers=auth), 403,
                    "expired token on upload")


if __name__ == "__main__":
    sys.exit(selfcheck.main("squidex"))
