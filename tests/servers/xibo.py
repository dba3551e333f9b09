"""Xibo CMS 3.x API emulator (service-contracts.md section 1).

  POST   /api/authorize/access_token  form: grant_type=client_credentials, client_id and
                                      client_secret (body first, else HTTP Basic), [scope]
  POST   /api/library                 multipart: files (a file part), name, folderId, tags,
                                      oldMediaId, updateInLayouts, deleteOldRevisions
  GET    /api/library                 ?mediaId=&media=&folderId=&retired=&start=&length=
                                      [&disablePaging=1]; JSON array, header X-Total-Count
  DELETE /api/library/<mediaId>       204, empty
  GET    /api/clock                   {"time": "HH:MM:SS"}

Everything but the token endpoint needs "Authorization: Bearer <token>" and
answers league/oauth2-server 8's 401 access_denied otherwise.  The routes are
matched before authentication, as Slim's routing middleware does, so unknown
paths, including every path with a trailing slash, are 404 "Route not found"
without a token.  Parameters merge the query string and the body (the body
wins), like Slim's getParams().  Uploads answer through the blueimp handler:
HTTP 200 with "error" set on the file object when the file is refused,
Content-Type application/json only if Accept asks for it, else text/plain.
Replacing (oldMediaId) creates a new mediaId in the old item's folder and
turns the old item into a revision (isEdited=1, parentId=<new id>), or deletes
it when updateInLayouts=1 and deleteOldRevisions=1.  Bytes are kept as
storage/<storedAs>.  All JSON escapes "/" and non-ASCII as PHP's json_encode
does.

Test-only routes (not recorded, no auth):
  GET  /_hoist/items          every media item, revisions included: mediaId, name,
                              fileName, storedAs, type (the part's Content-Type), mediaType,
                              size, md5, sha256, folderId, tags, retired, isEdited, parentId,
                              oldMediaId, updatedInLayouts, deletedOldRevision, path, ...
  POST /_hoist/expire-tokens  every token issued so far is revoked (204)
  GET  /_hoist/tokens         {"issued": N}, tokens issued by the token endpoint

  /usr/bin/python3 tests/servers/xibo.py --port 8767
"""

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import secrets
import threading
import time
from datetime import datetime
from urllib.parse import parse_qsl

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

import recorder

DEFAULT_EXTENSIONS = "jpg,jpeg,png,gif,bmp,svg,webp,mp4,mov,avi,webm,mp3,wav,pdf,zip,html,htm,ttf,otf"
MEDIA_TYPES = {"image": {"jpg", "jpeg", "png", "gif", "bmp", "svg", "webp"},
               "video": {"mp4", "mov", "avi", "webm"}, "audio": {"mp3", "wav"},
               "pdf": {"pdf"}, "font": {"ttf", "otf"}}
PAGE_LENGTH = 10
HOME_FOLDER = 1
DEFAULT_DURATION = 10
OWNER = {"ownerId": 1, "owner": "hoist"}
# The characters blueimp's trim_file_name strips: dots, controls and space.
TRIM = "." + "".join(map(chr, range(0x21)))
TRUTHY = {"1", "on", "true"}

UNEXPECTED = {"success": False, "error": 500, "message": "Unexpected Error, please contact support."}
INVALID_REQUEST = ("The request is missing a required parameter, includes an invalid parameter "
                   "value, includes a parameter more than once, or is otherwise malformed.")
UNSUPPORTED_GRANT = "The authorization grant type is not supported by the authorization server."
ACCESS_DENIED = "The resource owner or authorization server denied the request."
NOT_VERIFIED = "Access token could not be verified"
REVOKED = "Access token has been revoked"


def xibo_error(status, message):
    """Xibo's GeneralException body (support library)."""
    return {"error": status, "message": message, "property": None, "help": None}


MEDIA_NOT_FOUND = xibo_error(404, "Cannot find media")


class ApiError(Exception):
    """Answered as a JSON body by the app's error handler."""

    def __init__(self, status, body, headers=None):
        super().__init__(status, body)
        self.status, self.body, self.headers = status, body, headers or {}


def oauth_error(status, error, description, hint=None, headers=None):
    """league/oauth2-server 8's OAuthServerException payload."""
    body = {"error": error, "error_description": description}
    if hint is not None:
        body["hint"] = hint
    body["message"] = description  # league 8 still adds the deprecated key
    return ApiError(status, body, headers)


def php_json(body, status=200, headers=None, content_type="application/json"):
    """A response encoded as PHP's json_encode does by default."""
    text = json.dumps(body, separators=(",", ":")).replace("/", "\\/")
    return Response(text, status, headers, content_type=content_type)


def extension(file_name):
    return file_name.rsplit(".", 1)[1].lower() if "." in file_name else ""


def media_type(ext):
    return next((kind for kind, exts in MEDIA_TYPES.items() if ext in exts), "genericfile")


def int_param(params, name, default=None):
    value = params.get(name, "").strip()
    return int(value) if re.fullmatch(r"[+-]?\d+", value) else default


def checkbox(params, name):
    return params.get(name, "").lower() in TRUTHY


def join_tags(*lists):
    tags = [t.strip() for text in lists for t in text.split(",") if t.strip()]
    return ",".join(dict.fromkeys(tags))


def now():
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def posted_parts():
    """The multipart parts PHP would see: none for other bodies or a broken one."""
    if request.mimetype != "multipart/form-data":
        return []
    try:
        return recorder.multipart_parts()
    except recorder.MultipartError:
        return []


def body_fields(parts):
    """PHP's $_POST: urlencoded pairs or multipart text parts, the last one wins."""
    if request.mimetype == "application/x-www-form-urlencoded":
        raw = b"".join(iter(g.hoist_body.read, b"")).decode("utf-8", "replace")
        return dict(parse_qsl(raw, keep_blank_values=True))
    return {part.name: part.value for part in parts if part.filename is None}


def request_params(parts):
    """Slim's getParams(): the query string, overridden by the body."""
    params = {name: values[-1] for name, values in request.args.lists()}
    params.update(body_fields(parts))
    return params


def basic_credentials():
    """league's getBasicAuthCredentials: (user, password) or (None, None)."""
    header = request.headers.get("Authorization", "")
    try:
        decoded = base64.b64decode(header[6:]).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        decoded = ""
    if not header.startswith("Basic ") or ":" not in decoded:
        return None, None
    return tuple(decoded.split(":", 1))


def blueimp_name(file_name, part_type):
    """The name PHP and blueimp's trim_file_name make of a part's filename."""
    name = re.split(r"[\\/]", file_name)[-1].strip(TRIM)
    if not name:
        name = f"{time.time():.4f}".replace(".", "-")
    image = re.match(r"image/(gif|jpe?g|png)", part_type)
    if "." not in name and image:
        name += "." + image.group(1)
    return name


def blueimp_reply(file):
    """The blueimp handler's answer: always 200, JSON or text/plain by Accept."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    headers = {"Vary": "Accept", "Pragma": "no-cache",
               "Cache-Control": "no-store, no-cache, must-revalidate",
               "Content-Disposition": 'inline; filename="files.json"',
               "X-Content-Type-Options": "nosniff"}
    return php_json({"files": [file]}, 200, headers,
                    "application/json" if wants_json else "text/plain")


class Tokens:
    """Access tokens from the token endpoint: expiry time, and which were revoked."""

    def __init__(self, lifetime):
        self.lifetime = lifetime
        self.lock = threading.Lock()
        self.expiry = {}
        self.revoked = set()

    def issue(self):
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.expiry[token] = time.monotonic() + self.lifetime
        return token

    def issued(self):
        with self.lock:
            return len(self.expiry)

    def revoke_all(self):
        with self.lock:
            self.revoked.update(self.expiry)

    def problem(self, token):
        """The access_denied hint for this token, or None if it is good."""
        with self.lock:
            expiry, revoked = self.expiry.get(token, 0), token in self.revoked
        # league checks the JWT's signature and exp before asking about revocation.
        if expiry <= time.monotonic():
            return NOT_VERIFIED
        return REVOKED if revoked else None


class Library:
    """Media metadata in memory; bytes under storage/<storedAs>."""

    def __init__(self, storage):
        self.storage = storage
        self.lock = threading.Lock()
        self.items = {}  # mediaId -> every field /_hoist/items shows
        self.next_id = 1

    def get(self, media_id):
        with self.lock:
            if media_id not in self.items:
                raise ApiError(404, MEDIA_NOT_FOUND)
            return dict(self.items[media_id])

    def add(self, upload, file_name, part_type, params, old):
        """Store an upload (replacing ``old`` if given) like XiboUploadHandler."""
        # getParam defaults to the file name; only an empty name falls back further.
        name = params.get("name", file_name) or (old["name"] if old else file_name)
        tags = join_tags(params.get("tags", ""))
        folder_id = int_param(params, "folderId", HOME_FOLDER)
        update_in_layouts = delete_old = False
        if old:
            tags = tags and join_tags(old["tags"], tags)
            folder_id = old["folderId"]
            update_in_layouts = checkbox(params, "updateInLayouts")
            delete_old = update_in_layouts and checkbox(params, "deleteOldRevisions")
        with self.lock:
            media_id = self.next_id
            self.next_id += 1
        stored_as = f"{media_id}.{extension(file_name)}"
        path = os.path.join(self.storage, stored_as)
        upload.move_to(path)
        with open(path, "rb") as f:
            md5 = hashlib.file_digest(f, "md5").hexdigest()
        stamp = now()
        item = {
            "mediaId": media_id, "name": name, "mediaType": media_type(extension(file_name)),
            "storedAs": stored_as, "fileName": file_name, "type": part_type,
            "size": upload.size, "fileSize": upload.size, "md5": md5, "sha256": upload.sha256,
            "folderId": folder_id, "tags": tags, "duration": DEFAULT_DURATION,
            "enableStat": "Inherit", "retired": 0, "isEdited": 0, "parentId": 0,
            "oldMediaId": old["mediaId"] if old else None, "updatedInLayouts": update_in_layouts,
            "deletedOldRevision": delete_old, "createdDt": stamp, "modifiedDt": stamp,
            "path": path,
        }
        old_path = None
        with self.lock:
            self.items[media_id] = item
            if delete_old:
                self._relink(old["mediaId"], parentId=media_id)
                old_path = self.items.pop(old["mediaId"], {}).get("path")
            elif old and old["mediaId"] in self.items:
                self.items[old["mediaId"]].update(isEdited=1, parentId=media_id)
        if old_path:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(old_path)
        return dict(item)

    def remove(self, media_id):
        with self.lock:
            item = self.items.pop(media_id, None)
            if item is None:
                raise ApiError(404, MEDIA_NOT_FOUND)
            # Media::delete brings the revision this item replaced back.
            self._relink(media_id, isEdited=0, parentId=0)
        os.unlink(item["path"])

    def _relink(self, media_id, **changes):
        for other in self.items.values():
            if other["parentId"] == media_id:
                other.update(changes)

    def all(self):
        with self.lock:
            return [dict(item) for item in self.items.values()]

    def search(self, params):
        """MediaFactory::query: revisions only when asked for by mediaId; name ASC."""
        media_id = int_param(params, "mediaId")
        needle = params.get("media", "").lower()
        wanted = {key: int_param(params, key) for key in ("folderId", "retired")}
        return sorted(
            (item for item in self.all()
             if (item["isEdited"] == 0 if media_id is None else item["mediaId"] == media_id)
             and needle in item["name"].lower()
             and all(value is None or item[key] == value for key, value in wanted.items())),
            key=lambda item: (item["name"].lower(), item["mediaId"]))


API_KEYS = ("mediaId", "parentId", "name", "mediaType", "storedAs", "fileName", "tags",
            "fileSize", "duration", "retired", "isEdited", "md5", "createdDt", "modifiedDt",
            "enableStat", "folderId")


def media_json(item):
    """A Media object as GET /api/library lists it."""
    return {**{key: item[key] for key in API_KEYS}, **OWNER, "valid": 1, "expires": 0,
            "released": 1, "permissionsFolderId": item["folderId"]}


def create_app(args):
    app = Flask(__name__)
    recorder.install(app, args.storage)
    library = Library(args.storage)
    tokens = Tokens(args.token_lifetime)
    allowed = [ext.strip().lower() for ext in args.allowed_extensions.split(",") if ext.strip()]

    @app.before_request
    def authenticate():
        # Slim routes first: unmatched paths never reach ApiAuthorization.
        if (request.url_rule is None or not request.path.startswith("/api/")
                or request.endpoint == "access_token"):
            return
        header = request.headers.get("Authorization")
        if header is None:
            raise oauth_error(401, "access_denied", ACCESS_DENIED, 'Missing "Authorization" header')
        problem = tokens.problem(re.sub(r"^\s*Bearer\s", "", header).strip())
        if problem:
            raise oauth_error(401, "access_denied", ACCESS_DENIED, problem)

    @app.errorhandler(ApiError)
    def api_error(exc):
        return php_json(exc.body, exc.status, exc.headers)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        message = {404: "Route not found"}.get(exc.code, exc.name)
        headers = {}
        if exc.code == 405:
            methods = sorted(set(exc.valid_methods) - {"HEAD", "OPTIONS"})
            message = "Method not allowed. Must be one of: " + ", ".join(methods)
            headers["Allow"] = ", ".join(methods)
        return php_json(xibo_error(exc.code, message), exc.code, headers)

    @app.post("/api/authorize/access_token")
    def access_token():
        form = body_fields(posted_parts())
        if form.get("grant_type") != "client_credentials":
            raise oauth_error(400, "unsupported_grant_type", UNSUPPORTED_GRANT,
                              "Check that all required parameters have been provided")
        basic_user, basic_password = basic_credentials()
        client_id = form.get("client_id", basic_user)
        if client_id is None:
            raise oauth_error(400, "invalid_request", INVALID_REQUEST,
                              "Check the `client_id` parameter")
        if (client_id, form.get("client_secret", basic_password)) != (args.client_id,
                                                                      args.client_secret):
            sent = request.headers.get("Authorization", "")
            scheme = "Bearer" if sent.startswith("Bearer") else "Basic"
            headers = {"WWW-Authenticate": f'{scheme} realm="OAuth"'} if sent else {}
            raise oauth_error(401, "invalid_client", "Client authentication failed",
                              headers=headers)
        return php_json({"token_type": "Bearer", "expires_in": args.token_lifetime,
                         "access_token": tokens.issue()},
                        headers={"Pragma": "no-cache", "Cache-Control": "no-store"})

    @app.post("/api/library")
    def upload():
        parts = posted_parts()
        params = request_params(parts)
        old_id = int_param(params, "oldMediaId")
        old = None if old_id is None else library.get(old_id)
        # PHP's $_FILES['files']: the last file part of that name.
        uploads = [part for part in parts if part.name == "files" and part.filename is not None]
        if not uploads:
            raise ApiError(500, UNEXPECTED)
        upload = uploads[-1]
        empty_name = upload.filename == ""  # PHP: UPLOAD_ERR_NO_FILE
        part_type = "" if empty_name else upload.content_type or ""
        name = blueimp_name(upload.filename, part_type)
        ext = extension(name)
        file = {"name": name, "size": 0 if empty_name else upload.size, "type": part_type}
        if empty_name:
            error = "No file was uploaded"
        elif ext not in allowed or old and media_type(ext) != old["mediaType"]:
            error = "Filetype not allowed"  # replacing allows only the old type's extensions
        elif upload.size < 1:
            error = "File is too small"
        else:
            error = None
        if error:
            return blueimp_reply({**file, "error": error})
        item = library.add(upload, name, part_type, params, old)
        return blueimp_reply({
            "name": item["name"], "size": item["size"], "type": part_type,
            "mediaId": item["mediaId"], "storedas": item["storedAs"],
            "duration": item["duration"], "retired": item["retired"],
            "fileSize": item["fileSize"], "md5": item["md5"], "enableStat": item["enableStat"],
            "mediaType": item["mediaType"], "fileName": item["fileName"],
        })

    @app.get("/api/library")
    def list_media():
        params = request_params([])
        items = library.search(params)
        total = len(items)
        if not checkbox(params, "disablePaging"):
            start = max(int_param(params, "start", 0), 0)
            items = items[start:start + max(int_param(params, "length", PAGE_LENGTH), 0)]
        return php_json([media_json(item) for item in items],
                        headers={"X-Total-Count": str(total)})

    @app.delete("/api/library/<int:media_id>")
    def delete_media(media_id):
        library.remove(media_id)
        return "", 204

    @app.get("/api/clock")
    def clock():
        return php_json({"time": datetime.now().strftime("%H:%M:%S")})

    recorder.add_test_routes(app, library.all, tokens.revoke_all, tokens.issued)

    return app


def add_arguments(parser):
    parser.add_argument("--client-id", default="hoist-xibo-client")
    parser.add_argument("--client-secret", default="hoist-xibo-secret")
    parser.add_argument("--token-lifetime", type=int, default=3600, help="seconds")
    parser.add_argument("--allowed-extensions", default=DEFAULT_EXTENSIONS,
                        help="comma-separated, case-insensitive")


if __name__ == "__main__":
    recorder.main(create_app, add_arguments)
