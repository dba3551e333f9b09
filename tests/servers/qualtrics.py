"""Qualtrics API v3 library graphics emulator (service-contracts.md section 3).

  POST   /oauth2/token                              client id/secret in HTTP Basic only;
                                                    form grant_type=client_credentials[&scope=]
  POST   /API/v3/libraries/<libraryId>/graphics     multipart: file (needs its own Content-Type),
                                                    name, folder (also with a trailing slash)
  DELETE /API/v3/libraries/<libraryId>/graphics/<graphicId>
  GET    /API/v3/libraries                          every --libraries entry, nextPage null
  GET    /API/v3/whoami

/API/v3/ routes need "X-API-TOKEN: <--api-token>" or "Authorization: Bearer
<token from /oauth2/token>".  Errors use Qualtrics' envelope
{"meta":{"httpStatus":"400 - Bad Request","error":{"errorMessage","errorCode"},
"requestId"}}; the token endpoint answers in RFC 6749's shape.  A "folder"
part sent with a filename is ignored (the graphic lands in "Uncategorized"),
as community.qualtrics.com thread 21801 reports.  Of repeated parts the last
one counts.  Bytes are kept as storage/<graphicId>.

Test-only routes (not recorded, no auth):
  GET  /_hoist/items          every graphic: id, libraryId, name, folder, filename,
                              content_type, size, sha256, folder_part_had_filename, path
  POST /_hoist/expire-tokens  every Bearer token issued so far stops working (204)
  GET  /_hoist/tokens         {"issued": N}, tokens issued by /oauth2/token

  /usr/bin/python3 tests/servers/qualtrics.py --port 8766
"""

import os
import secrets
import string
import threading
import time
import uuid
from urllib.parse import parse_qsl

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.http import HTTP_STATUS_CODES, parse_options_header

import recorder

IMAGE_TYPES = ("image/jpeg", "image/gif", "image/png")
ID_ALPHABET = string.ascii_letters + string.digits
DEFAULT_FOLDER = "Uncategorized"
DEFAULT_SCOPE = "manage:all"
USER = {"userName": "hoist", "userId": "UR_hoist"}
# (status, errorMessage, errorCode). The first two are what third-party client test suites and a
# live probe's notes recorded; the third is invented (no source shows a bad Bearer token's answer).
NO_CREDENTIALS = (400, "Expected authorization in headers, but none provided.", "ATP_2")
UNKNOWN_API_TOKEN = (401, "Unrecognized X-API-TOKEN.", "DCD_7")
BAD_BEARER = (401, "Access token is invalid or expired.", "AUTH_4")
# The body a live probe got for an unknown route (a third-party app's notes);
# it has no errorCode, and we answer every 404 with it.
NOT_FOUND = "The requested resource does not exist."


def envelope(status, result=None, error=None):
    meta = {"httpStatus": f"{status} - {HTTP_STATUS_CODES[status]}"}
    if error:
        meta["error"] = error
    meta["requestId"] = str(uuid.uuid4())
    return {"meta": meta} if result is None else {"result": result, "meta": meta}


class ApiError(Exception):
    """Answered as a JSON body by the app's error handler."""

    def __init__(self, status, body, headers=None):
        super().__init__(status, body)
        self.status, self.body, self.headers = status, body, headers or {}


def fail(status, message, code=None):
    """An ApiError in Qualtrics' envelope."""
    error = {"errorMessage": message}
    if code:
        error["errorCode"] = code
    return ApiError(status, envelope(status, error=error))


class Tokens:
    """Bearer tokens from /oauth2/token and when each expires."""

    def __init__(self, lifetime):
        self.lifetime = lifetime
        self.lock = threading.Lock()
        self.expiry = {}
        self.issued = 0

    def issue(self):
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.expiry[token] = time.monotonic() + self.lifetime
            self.issued += 1
        return token

    def valid(self, token):
        with self.lock:
            return self.expiry.get(token, 0) > time.monotonic()

    def expire_all(self):
        with self.lock:
            self.expiry.clear()


class Library:
    """Graphics metadata in memory; bytes under storage/<graphicId>."""

    def __init__(self, storage, library_ids):
        self.storage = storage
        self.library_ids = library_ids
        self.lock = threading.Lock()
        self.graphics = {}  # id -> /_hoist/items entry

    def check_library(self, library_id):
        if library_id not in self.library_ids:
            raise NotFound()

    def add(self, library_id, upload, name, folder, folder_part_had_filename):
        with self.lock:
            graphic_id = None
            while graphic_id is None or graphic_id in self.graphics:
                graphic_id = "IM_" + "".join(secrets.choice(ID_ALPHABET) for _ in range(15))
            path = os.path.join(self.storage, graphic_id)
            self.graphics[graphic_id] = {
                "id": graphic_id,
                "libraryId": library_id,
                "name": name,
                "folder": folder,
                "filename": upload.filename,
                "content_type": upload.content_type,
                "size": upload.size,
                "sha256": upload.sha256,
                "folder_part_had_filename": folder_part_had_filename,
                "path": path,
            }
        upload.move_to(path)
        return graphic_id

    def remove(self, library_id, graphic_id):
        with self.lock:
            item = self.graphics.get(graphic_id)
            if item is None or item["libraryId"] != library_id:
                raise NotFound()
            del self.graphics[graphic_id]
        os.unlink(item["path"])

    def items(self):
        with self.lock:
            return [dict(item) for item in self.graphics.values()]


def form_fields():
    """The urlencoded body.  Read through the recorder's body counter (not
    request.form) so the request log's body_bytes and "slow" faults see it."""
    if request.mimetype != "application/x-www-form-urlencoded":
        return {}
    data = b"".join(iter(g.hoist_body.read, b""))
    return dict(parse_qsl(data.decode("utf-8", "replace")))


def text_field(fields, name):
    """A text part's value; a part with a filename is ignored, as Qualtrics does."""
    part = fields.get(name)
    return part.value if part is not None and part.filename is None else None


def validate_upload():
    """Return (file part, parts by name), or raise the error Qualtrics would."""
    if request.mimetype != "multipart/form-data":
        # Invented code and message: the docs only say "must be multipart/form-data".
        raise fail(415, "Content-Type must be multipart/form-data", "MFDP_1")
    try:
        parts = recorder.multipart_parts()
    except recorder.MultipartError as exc:
        raise fail(400, "Malformed multipart body", "MFDP_2") from exc  # invented
    fields = {part.name: part for part in parts}
    upload = fields.get("file")
    # The exact body seed 002 reported, for a "file" part that had neither a filename nor a
    # Content-Type: the part's type is checked before anything else about it.
    if upload is not None and not upload.content_type:
        raise fail(400, "Missing Content-Type for file part. name=file", "MFDP_3")
    # QVAL_7 is a real Qualtrics code (client test suites); this message is invented.
    if upload is None or not upload.filename:
        raise fail(400, "Missing file part. name=file", "QVAL_7")
    if parse_options_header(upload.content_type)[0].lower() not in IMAGE_TYPES:
        raise fail(400, f"Unsupported file type: {upload.content_type}. "
                        "Use image/jpeg, image/gif or image/png.", "QVAL_1")  # invented
    if upload.size == 0:
        raise fail(400, "The uploaded file is empty.", "QVAL_2")  # invented
    return upload, fields


def create_app(args):
    app = Flask(__name__)
    recorder.install(app, args.storage)
    tokens = Tokens(args.token_lifetime)
    library = Library(args.storage, [i.strip() for i in args.libraries.split(",") if i.strip()])

    @app.before_request
    def authenticate():
        # Unknown routes 404 before any auth check, as on the live service.
        if not request.url_rule or not request.path.startswith("/API/v3/"):
            return
        api_token = request.headers.get("X-API-TOKEN")
        if api_token is not None:
            if api_token != args.api_token:
                raise fail(*UNKNOWN_API_TOKEN)
            return
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise fail(*NO_CREDENTIALS)
        if not tokens.valid(token.strip()):
            raise fail(*BAD_BEARER)

    @app.errorhandler(ApiError)
    def api_error(exc):
        return jsonify(exc.body), exc.status, exc.headers

    @app.errorhandler(HTTPException)
    def http_error(exc):
        # Keep werkzeug's status and headers (e.g. Allow on 405), Qualtrics' body.
        message = NOT_FOUND if exc.code == 404 else exc.description
        response = exc.get_response()
        response.set_data(jsonify(envelope(exc.code, error={"errorMessage": message})).get_data())
        response.content_type = "application/json"
        return response

    @app.post("/oauth2/token")
    def issue_token():
        auth = request.authorization
        if (auth is None or auth.type != "basic"
                or (auth.username, auth.password) != (args.client_id, args.client_secret)):
            raise ApiError(401, {"error": "invalid_client",
                                 "error_description": "Client authentication failed"},
                           {"WWW-Authenticate": "Basic"})
        form = form_fields()
        if form.get("grant_type") != "client_credentials":
            raise ApiError(400, {"error": "unsupported_grant_type"})
        return jsonify({
            "access_token": tokens.issue(),
            "token_type": "Bearer",
            "expires_in": args.token_lifetime,
            "scope": form.get("scope") or DEFAULT_SCOPE,
        })

    @app.post("/API/v3/libraries/<library_id>/graphics")
    @app.post("/API/v3/libraries/<library_id>/graphics/")
    def upload_graphic(library_id):
        library.check_library(library_id)
        upload, fields = validate_upload()
        folder_part = fields.get("folder")
        graphic_id = library.add(
            library_id, upload,
            name=text_field(fields, "name") or upload.filename,
            folder=text_field(fields, "folder") or DEFAULT_FOLDER,
            folder_part_had_filename=folder_part is not None and folder_part.filename is not None)
        return jsonify(envelope(200, result={"id": graphic_id}))

    @app.delete("/API/v3/libraries/<library_id>/graphics/<graphic_id>")
    def delete_graphic(library_id, graphic_id):
        library.remove(library_id, graphic_id)
        return jsonify(envelope(200))

    @app.get("/API/v3/libraries")
    def list_libraries():
        elements = [{"libraryId": i, "libraryName": f"Library {i}"} for i in library.library_ids]
        return jsonify(envelope(200, result={"elements": elements, "nextPage": None}))

    @app.get("/API/v3/whoami")
    def whoami():
        return jsonify(envelope(200, result=USER))

    recorder.add_test_routes(app, library.items, tokens.expire_all, lambda: tokens.issued)

    return app


def add_arguments(parser):
    parser.add_argument("--api-token", default="hoist-qualtrics-token",
                        help="the X-API-TOKEN that /API/v3/ accepts")
    parser.add_argument("--client-id", default="hoist-qualtrics-client")
    parser.add_argument("--client-secret", default="hoist-qualtrics-secret")
    parser.add_argument("--token-lifetime", type=int, default=3600, help="seconds")
    parser.add_argument("--libraries", default="UR_hoist,GR_hoist",
                        help="comma-separated library ids that exist")


if __name__ == "__main__":
    recorder.main(create_app, add_arguments)
