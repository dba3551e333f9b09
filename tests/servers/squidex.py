"""Squidex emulator: the asset API of Squidex 7.x up to 7.13 (contract section 2).

  POST   /identity-server/connect/token       client_credentials; client_id/client_secret in the
                                              form body or in HTTP Basic (form-urlencoded parts)
  GET    /api/apps/<app>                      {"name", "id"}
  POST   /api/apps/<app>/assets               multipart, exactly one file part, named "file";
                                              query parentId=<folder guid> (a parentId form field
                                              is ignored, as in 7.13), duplicate=true
  GET    /api/apps/<app>/assets               ?parentId=&$search=&$top=&$skip= (last changed
                                              first); {"total", "items", "_links": {}}
  GET    /api/apps/<app>/assets/<id>
  DELETE /api/apps/<app>/assets/<id>
  PUT    /api/apps/<app>/assets/<id>/content  multipart "file": new bytes, fileVersion + 1
  GET    /api/apps/<app>/assets/folders       ?parentId= -> {"total", "items", "path",
                                              "_links": {}}, folders {"id", "parentId",
                                              "folderName", "version", "_links": {}}
  POST   /api/apps/<app>/assets/folders       JSON {"folderName", "parentId"}

Every /api/apps/ route also answers with a trailing slash.  Upload routes
(POST assets, PUT content) allow anonymous callers, so a missing or bad
token gets an empty 403 there; every other /api/ route answers an empty 401.
Error bodies: OpenIddict's OAuth JSON, ASP.NET's ProblemDetails for a
non-multipart upload (415) and Squidex's ErrorDto otherwise; 404 is empty.
$search (OData full text) keeps the assets whose fileName contains the text,
ignoring case; total counts those.  "path" lists the folders from the top
down to parentId.  The _links objects of lists and folders stay empty (real
Squidex fills in self/create and update/move/delete there).

Introspection (not recorded, no auth):
  GET  /_hoist/items          every asset: id, parentId, fileName, mimeType, fileSize, sha256,
                              fileHash, fileVersion, version, storedFile (the bytes on disk,
                              storage/<id>/<fileVersion>) and formFields (the text parts of its
                              last upload, e.g. a parentId that was ignored)
  POST /_hoist/expire-tokens  every access token issued so far stops working (204)
  GET  /_hoist/tokens         {"issued": N}

  /usr/bin/python3 tests/servers/squidex.py --port 8766
"""

import base64
import hashlib
import os
import re
import secrets
import shutil
import threading
import time
import unicodedata
import uuid
from urllib.parse import parse_qsl, unquote

from flask import Flask, Response, g, jsonify, request
from werkzeug.exceptions import HTTPException, NotFound

import recorder

ROOT = "00000000-0000-0000-0000-000000000000"
SEED_FOLDER = {"id": "39b46dab-60ee-4bef-ae51-64591d3f5d7f", "parentId": ROOT,
               "folderName": "Pictures"}
SCOPE = "squidex-api"
PAGE_SIZE = 200  # assets:defaultPageSize and assets:maxResults
UPLOAD_ENDPOINTS = {"post_asset", "put_content"}
OPENIDDICT_ERRORS = "https://documentation.openiddict.com/errors/"
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
DTO_KEYS = ("id", "parentId", "fileName", "fileHash", "isProtected", "slug", "mimeType",
            "fileType", "metadataText", "editToken", "metadata", "tags", "fileSize",
            "fileVersion", "type", "createdBy", "lastModifiedBy", "created", "lastModified",
            "version")
ITEM_KEYS = ("id", "parentId", "fileName", "mimeType", "fileSize", "sha256", "fileHash",
             "fileVersion", "version", "storedFile", "formFields")


class ApiError(Exception):
    """Answered by the app's error handler; body None means an empty body."""

    def __init__(self, status, body=None, headers=None):
        super().__init__(status, body)
        self.status, self.body, self.headers = status, body, headers or {}


def empty(status, headers=()):
    """ASP.NET's bodiless status results carry no Content-Type either."""
    response = Response(status=status, headers=headers)
    del response.headers["Content-Type"]
    return response


def trace_id():
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00"


def validation_error(*details):
    raise ApiError(400, {"message": "Validation error", "traceId": trace_id(),
                         "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
                         "details": list(details), "statusCode": 400})


def unsupported_media_type():
    """ASP.NET Core's ProblemDetails; it never reaches Squidex's ErrorDto filter."""
    raise ApiError(415, {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.16",
                         "title": "Unsupported Media Type", "status": 415,
                         "traceId": trace_id()},
                   {"Content-Type": "application/problem+json; charset=utf-8"})


def oauth_error(error, code, description):
    """OpenIddict's token endpoint error; invalid_client is a 401 with a Basic challenge."""
    body = {"error": error, "error_description": description,
            "error_uri": OPENIDDICT_ERRORS + code}
    if error != "invalid_client":
        raise ApiError(400, body, NO_STORE)
    challenge = "Basic " + ", ".join(f'{k}="{v}"' for k, v in body.items())
    raise ApiError(401, body, {**NO_STORE, "WWW-Authenticate": challenge})


def query(name, default=""):
    """ASP.NET binds query parameters case-insensitively (parentId or ParentId)."""
    for key, value in request.args.items(multi=True):
        if key.lower() == name.lower():
            return value
    return default


def int_query(name, default):
    try:
        return max(0, int(query(name)))
    except ValueError:
        return default


def now_iso():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def sha256_base64(data):
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def file_hash(upload):
    """Squidex: Sha256Base64(base64(sha256(bytes)) + fileName + fileSize)."""
    content = base64.b64encode(bytes.fromhex(upload.sha256)).decode()
    return sha256_base64(f"{content}{upload.filename}{upload.size}".encode())


def file_type(file_name):
    """FileExtensions.FileType: lower-case extension, jpeg -> jpg, none -> blob."""
    extension = os.path.splitext(file_name)[1][1:].lower()
    return {"jpeg": "jpg"}.get(extension, extension) or "blob"


def slugify(file_name):
    """ToAssetSlug: ASCII-folded, lower-case, '-' between words, dots kept."""
    ascii_name = unicodedata.normalize("NFKD", file_name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "-", ascii_name.lower()).strip("-")


def readable_size(size):
    """FileExtensions.ToReadableSize: 1024 steps, one decimal, '.0' dropped."""
    value, units = float(size), ["bytes", "kB", "MB", "GB", "TB"]
    while value >= 1024 and len(units) > 1:
        value, units = value / 1024, units[1:]
    return f"{round(value, 1):g} {units[0]}"


def asset_type(mime_type):
    major = mime_type.split("/")[0].lower()
    return {"image": "Image", "audio": "Audio", "video": "Video"}.get(major, "Unknown")


def link(href, method):
    return {"href": href, "method": method}


def asset_dto(app_name, asset, duplicate=False):
    dto = {key: asset[key] for key in DTO_KEYS}
    if duplicate:
        dto["_meta"] = {"isDuplicate": "true"}
    dto["isImage"] = asset["type"] == "Image"
    base = f"/api/apps/{app_name}/assets/{asset['id']}"
    dto["_links"] = {
        "self": link(base, "GET"),
        "update": link(base, "PUT"),
        "move": link(f"{base}/parent", "PUT"),
        "upload": link(f"{base}/content/", "PUT"),
        "delete": link(base, "DELETE"),
        "content": link(f"/api/assets/{app_name}/{asset['id']}/{asset['slug']}", "GET"),
    }
    return dto


def folder_dto(folder):
    return {**folder, "version": 0, "_links": {}}


def read_form():
    """A urlencoded body, read through the recorder so body_bytes stays right."""
    data = b"".join(iter(g.hoist_body.read, b""))
    return dict(parse_qsl(data.decode("utf-8", "replace"), keep_blank_values=True))


def basic_credentials():
    """OpenIddict: base64 of 'id:secret', each half form-url-decoded; None if not Basic."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
        client_id, colon, secret = decoded.partition(":")
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        colon = ""
    if not colon:
        oauth_error("invalid_request", "ID2055", "The specified client credentials are invalid.")
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))


def token_problem(form, credentials, args):
    """The first check of OpenIddict's token endpoint that fails, in its order, or None."""
    grant, (client_id, secret) = form.get("grant_type"), credentials
    checks = [
        (not grant, "invalid_request", "ID2029",
         "The mandatory 'grant_type' parameter is missing."),
        (grant != "client_credentials", "unsupported_grant_type", "ID2032",
         "The specified 'grant_type' is not supported."),
        (not client_id, "invalid_client", "ID2029",
         "The mandatory 'client_id' parameter is missing."),
        # Deliberately strict: real Squidex grants no scope instead of failing.
        (SCOPE not in form.get("scope", "").split(), "invalid_scope", "ID2052",
         "The specified 'scope' is invalid."),
        (client_id != args.client_id, "invalid_client", "ID2052",
         "The specified 'client_id' is invalid."),
        (secret != args.client_secret, "invalid_client", "ID2055",
         "The specified client credentials are invalid."),
    ]
    return next((check[1:] for check in checks if check[0]), None)


def bearer_problem(store):
    """None for a live token, else 'missing' or 'invalid'."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return "missing"
    return None if store.token_valid(token.strip()) else "invalid"


def read_upload(max_size):
    """Return (file part, text fields) or raise what 7.13 answers."""
    if request.mimetype != "multipart/form-data":
        unsupported_media_type()
    try:
        parts = recorder.multipart_parts()
    except recorder.MultipartError:
        parts = None
    if max(request.content_length or 0, g.hoist_body.bytes_read) > max_size:
        raise ApiError(413, {"message": "Request body too large.", "traceId": trace_id(),
                             "statusCode": 413})
    if parts is None:
        validation_error("Request body has an invalid format.")
    files = [part for part in parts if part.filename is not None]
    upload = next((part for part in files if part.name == "file"), None)
    if upload is None or len(files) != 1:
        validation_error("Can only upload one file.")
    if not (upload.content_type or "").strip():
        validation_error("File content-type is not defined.")
    if not upload.filename.strip():
        validation_error("File name is not defined.")
    return upload, {part.name: part.value for part in parts if part.filename is None}


class Store:
    """Tokens, folders and assets in memory; bytes under storage/<id>/<fileVersion>."""

    def __init__(self, storage):
        self.storage = storage
        self.lock = threading.Lock()
        self.tokens = {}  # access token -> time.monotonic() deadline
        self.issued = 0
        self.folders = {SEED_FOLDER["id"]: dict(SEED_FOLDER)}
        self.assets = {}  # id -> DTO fields plus sha256, storedFile, formFields, changed
        self.changes = 0

    def issue(self, lifetime):
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.tokens[token] = time.monotonic() + lifetime
            self.issued += 1
        return token

    def token_valid(self, token):
        with self.lock:
            return time.monotonic() < self.tokens.get(token, 0)

    def expire_tokens(self):
        with self.lock:
            self.tokens.clear()

    def folder_exists(self, folder_id):
        return folder_id == ROOT or folder_id in self.folders

    def add_folder(self, name, parent_id):
        folder = {"id": str(uuid.uuid4()), "parentId": parent_id, "folderName": name}
        with self.lock:
            self.folders[folder["id"]] = folder
        return folder

    def folders_in(self, parent_id):
        with self.lock:
            items = [f for f in self.folders.values() if f["parentId"] == parent_id]
            path = []
            while parent_id in self.folders:
                path.insert(0, self.folders[parent_id])
                parent_id = self.folders[parent_id]["parentId"]
        return items, path

    def _keep(self, asset, upload, fields):
        """Move the upload's bytes into place and stamp the asset (lock held)."""
        path = os.path.join(self.storage, asset["id"], str(asset["fileVersion"]))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        upload.move_to(path)
        self.changes += 1
        asset.update(mimeType=upload.content_type, fileSize=upload.size,
                     fileHash=file_hash(upload), sha256=upload.sha256,
                     metadataText=readable_size(upload.size), type=asset_type(upload.content_type),
                     lastModified=now_iso(), storedFile=path, formFields=fields,
                     changed=self.changes)
        self.assets[asset["id"]] = asset
        return asset

    def create(self, upload, fields, parent_id, actor, duplicate):
        """Return (asset, is_duplicate): like Squidex, look for a duplicate first."""
        fingerprint = file_hash(upload)
        with self.lock:
            if not duplicate:
                for asset in self.assets.values():
                    if asset["fileHash"] == fingerprint:
                        return asset, True
            if not self.folder_exists(parent_id):
                validation_error("ParentId: Asset folder does not exist.")
            stamp = now_iso()
            asset = {"id": str(uuid.uuid4()), "parentId": parent_id, "fileName": upload.filename,
                     "isProtected": False, "slug": slugify(upload.filename),
                     "fileType": file_type(upload.filename), "editToken": secrets.token_urlsafe(24),
                     "metadata": {}, "tags": [f"type/{file_type(upload.filename)}"],
                     "fileVersion": 0, "createdBy": actor, "lastModifiedBy": actor,
                     "created": stamp, "version": 0}
            return self._keep(asset, upload, fields), False

    def replace(self, asset_id, upload, fields, actor):
        """New bytes; like Squidex the asset keeps its fileName and slug."""
        with self.lock:
            asset = self._find(asset_id)
            asset.update(fileVersion=asset["fileVersion"] + 1, version=asset["version"] + 1,
                         lastModifiedBy=actor)
            return self._keep(asset, upload, fields)

    def _find(self, asset_id):
        """The asset, or an empty 404 (lock held)."""
        if asset_id not in self.assets:
            raise NotFound()
        return self.assets[asset_id]

    def get(self, asset_id):
        with self.lock:
            return self._find(asset_id)

    def remove(self, asset_id):
        with self.lock:
            del self.assets[self._find(asset_id)["id"]]
        shutil.rmtree(os.path.join(self.storage, asset_id))

    def listing(self, parent_id, search=""):
        with self.lock:
            items = [a for a in self.assets.values() if parent_id in ("", a["parentId"])
                     and search.lower() in a["fileName"].lower()]
        return sorted(items, key=lambda a: a["changed"], reverse=True)


def create_app(args):
    app = Flask(__name__)
    app.url_map.strict_slashes = False  # "/assets" and "/assets/" both match
    recorder.install(app, args.storage)
    store = Store(args.storage)
    app_id = str(uuid.uuid4())
    actor = f"client:{args.client_id}"

    @app.before_request
    def authorize():
        # Authorization filters run first: 401 beats an unknown app, 403 does not.
        if not request.path.startswith("/api/") or request.url_rule is None:
            return
        problem = bearer_problem(store)
        upload = request.endpoint in UPLOAD_ENDPOINTS
        if problem and not upload:
            challenge = "Bearer" if problem == "missing" else 'Bearer error="invalid_token"'
            raise ApiError(401, headers={"WWW-Authenticate": challenge})
        if request.view_args.get("app") != args.app:
            raise NotFound()
        if problem:
            raise ApiError(403)

    @app.errorhandler(ApiError)
    def api_error(exc):
        if exc.body is None:
            return empty(exc.status, exc.headers)
        return jsonify(exc.body), exc.status, exc.headers

    @app.errorhandler(HTTPException)
    def http_error(exc):
        # Keep werkzeug's status and Allow header; ASP.NET sends no body.
        return empty(exc.code, [h for h in exc.get_headers() if h[0] != "Content-Type"])

    @app.route("/identity-server/connect/token", methods=["GET", "POST"])
    def token():
        if request.method != "POST":
            oauth_error("invalid_request", "ID2084", "The specified HTTP method is not valid.")
        if not request.content_type:
            oauth_error("invalid_request", "ID2081",
                        "The mandatory 'Content-Type' header is missing.")
        if request.mimetype != "application/x-www-form-urlencoded":
            oauth_error("invalid_request", "ID2082",
                        "The specified 'Content-Type' header is invalid.")
        form = read_form()
        basic = basic_credentials()
        if basic and (form.get("client_id") or form.get("client_secret")):
            oauth_error("invalid_request", "ID2087",
                        "Multiple client credentials cannot be specified.")
        problem = token_problem(form, basic or (form.get("client_id"), form.get("client_secret")),
                                args)
        if problem:
            oauth_error(*problem)
        body = {"access_token": store.issue(args.token_lifetime),
                "expires_in": args.token_lifetime, "token_type": "Bearer", "scope": SCOPE}
        return jsonify(body), 200, NO_STORE

    @app.get("/api/apps/<app>/")
    def get_app(app):
        return jsonify(name=app, id=app_id)

    @app.post("/api/apps/<app>/assets/")
    def post_asset(app):
        upload, fields = read_upload(args.max_size)
        asset, duplicate = store.create(upload, fields, query("parentId") or ROOT, actor,
                                        query("duplicate").lower() == "true")
        location = f"{request.host_url}api/apps/{app}/assets/{asset['id']}"
        return jsonify(asset_dto(app, asset, duplicate)), 201, {"Location": location}

    @app.put("/api/apps/<app>/assets/<asset_id>/content/")
    def put_content(app, asset_id):
        upload, fields = read_upload(args.max_size)  # 7.13 checks the file before the id
        return jsonify(asset_dto(app, store.replace(asset_id, upload, fields, actor)))

    @app.get("/api/apps/<app>/assets/")
    def list_assets(app):
        items = store.listing(query("parentId"), query("$search"))
        skip, top = int_query("$skip", 0), min(int_query("$top", PAGE_SIZE), PAGE_SIZE)
        return jsonify(total=len(items), items=[asset_dto(app, a) for a in items[skip:skip + top]],
                       _links={})

    @app.get("/api/apps/<app>/assets/<asset_id>/")
    def get_asset(app, asset_id):
        return jsonify(asset_dto(app, store.get(asset_id)))

    @app.delete("/api/apps/<app>/assets/<asset_id>/")
    def delete_asset(app, asset_id):
        store.remove(asset_id)
        return empty(204)

    @app.get("/api/apps/<app>/assets/folders/")
    def list_folders(app):
        items, path = store.folders_in(query("parentId") or ROOT)
        return jsonify(total=len(items), items=[folder_dto(f) for f in items],
                       path=[folder_dto(f) for f in path], _links={})

    @app.post("/api/apps/<app>/assets/folders/")
    def post_folder(app):
        if not request.is_json:
            unsupported_media_type()
        body = request.get_json(silent=True)
        body = body if isinstance(body, dict) else {}
        name, parent_id = str(body.get("folderName") or ""), body.get("parentId") or ROOT
        problems = [] if name.strip() else ["FolderName: Folder name is required."]
        if not store.folder_exists(parent_id):
            problems.append("ParentId: Asset folder does not exist.")
        if problems:
            validation_error(*problems)
        return jsonify(folder_dto(store.add_folder(name, parent_id))), 201

    def stored_items():
        with store.lock:
            return [{key: a[key] for key in ITEM_KEYS} for a in store.assets.values()]

    recorder.add_test_routes(app, stored_items, store.expire_tokens, lambda: store.issued)

    return app


def add_arguments(parser):
    parser.add_argument("--app", default="hoist-app", help="the app name in /api/apps/<app>")
    parser.add_argument("--client-id", default="hoist-app:default")
    parser.add_argument("--client-secret", default="hoist-squidex-secret")
    parser.add_argument("--token-lifetime", type=int, default=2592000,
                        help="access token lifetime in seconds (Squidex: 30 days)")
    parser.add_argument("--max-size", type=int, default=5242880,
                        help="largest upload request body in bytes (assets:maxSize)")


if __name__ == "__main__":
    recorder.main(create_app, add_arguments)
