"""Mayan EDMS 4.x REST API (v4) emulator, with Django REST framework 3.13's behaviour.

  POST   /api/v4/auth/token/obtain/        username, password (form, multipart or JSON)
                                           -> {"token": "<40 hex>"}, the user's one token
  POST   /api/v4/documents/upload/         multipart or form: file, document_type_id, label,
                                           description, language -> 201 document, Location
  GET    /api/v4/documents/                ?page=&page_size= (10 by default, at most 100), q=
  GET    /api/v4/documents/<id>/
  DELETE /api/v4/documents/<id>/           moves the document to the trash -> 204
  GET    /api/v4/documents/<id>/files/     {"checksum", "comment", "document_url", "download_url",
                                           "encoding", "file", "filename", "id", "mimetype",
                                           "page_list_url", "size", "timestamp", "url"}
  POST   /api/v4/documents/<id>/files/     file_new, action (1 replace, 2 append pages,
                                           3 keep current version), comment, filename
                                           -> 202, empty body
  GET    /api/v4/documents/<id>/metadata/
  POST   /api/v4/documents/<id>/metadata/  metadata_type_id, value -> 201
  GET    /api/v4/document_types/
  GET    /api/v4/trashed_documents/        the trash, paginated like the documents
  GET    /api/v4/trashed_documents/<id>/   {the document's fields, "restore_url",
                                           "trashed_date_time", sorted; url is this one}

Authentication is DRF's Session, Token and Basic classes, in that order:
"Authorization: Token <key>" or "Authorization: Basic base64(user:pass)".
Session coming first turns every failure into a 403.  Without credentials
the caller is anonymous, and Mayan's ACLs hide everything: lists are empty,
documents and document types answer 404.  Like Django's APPEND_SLASH, a
path that exists only with a trailing "/" answers a 301 to it.  Tokens
never expire unless --token-lifetime is set (a deviation, for tests).

Lists are PageNumberPagination: {"count", "next", "previous", "results"}, the
page links keep every other query parameter.  q= keeps the documents whose
label contains the text, ignoring case (the real search also looks at other
fields).  A file's checksum is the SHA-256 (hex) of the bytes it stored and
size their length, as Mayan computes them; "file" is the stored name (a
UUID), "encoding" what libmagic would roughly say ("binary" unless text/*).
The document's file_latest is its last file, null in the upload's answer.

Introspection (not recorded, no auth):
  GET  /_hoist/items          every document, trashed ones too: id, uuid, label,
                              description, language, document_type_id,
                              datetime_created, trashed, trashed_date_time, files [{id,
                              filename, path (stored bytes), stored_name, content_type (as
                              sent), mimetype, encoding, size, sha256, action, comment,
                              timestamp}], metadata
                              [{id, metadata_type_id, value}]
  POST /_hoist/expire-tokens  every token issued so far stops working (204)
  GET  /_hoist/tokens         {"issued": N}: successful token obtain calls

  /usr/bin/python3 tests/servers/mayan.py --port 8765
"""

import base64
import binascii
import html
import itertools
import json
import math
import mimetypes
import os
import re
import secrets
import threading
import time
import uuid
from datetime import datetime, timezone
from urllib.parse import parse_qsl, quote, urlencode

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound

import recorder
from drf import ApiError
import drf

PAGE_SIZE, MAX_PAGE_SIZE = 10, 100
FORM, MULTIPART = "application/x-www-form-urlencoded", "multipart/form-data"
JSON = "application/json"
ALL_PARSERS = (JSON, FORM, MULTIPART)  # DRF's default parser classes
MISSING = object()
HEADER_ERRORS = {  # keyword -> (no credentials, credentials with spaces)
    "token": ("Invalid token header. No credentials provided.",
              "Invalid token header. Token string should not contain spaces."),
    "basic": ("Invalid basic header. No credentials provided.",
              "Invalid basic header. Credentials string should not contain spaces."),
}


def now_iso():
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def id_labels(text):
    """'1:Default,2:Drawing' -> {1: 'Default', 2: 'Drawing'}."""
    pairs = (item.split(":", 1) for item in text.split(",") if item)
    return {int(key): label for key, label in pairs}


class Invalid(Exception):
    """One field's validation message."""


# --------------------------------------------------------------------------
# Request body and fields, the way DRF's parsers and serializer fields see them.

def read_body():
    chunks = []
    while chunk := g.hoist_body.read():
        chunks.append(chunk)
    return b"".join(chunks)


def request_data(parsers):
    """DRF's request.data: field name -> text, recorder.Part or JSON value."""
    if not request.content_length or not request.content_type:
        return {}  # DRF parses nothing without a body or a Content-Type
    if request.mimetype not in parsers:
        detail = f'Unsupported media type "{request.content_type}" in request.'
        raise ApiError(415, {"detail": detail})
    if request.mimetype == MULTIPART:
        try:
            parts = recorder.multipart_parts()
        except recorder.MultipartError as exc:
            raise ApiError(400, {"detail": f"Multipart form parse error - {exc}"}) from exc
        # Django keeps file parts apart from text ones; DRF lays the files over the text.
        data = {part.name: part.value for part in parts if part.filename is None}
        data.update((part.name, part) for part in parts if part.filename is not None)
        return data
    body = read_body()
    if request.mimetype == FORM:
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    try:
        return json.loads(body)
    except ValueError as exc:
        raise ApiError(400, {"detail": f"JSON parse error - {exc}"}) from exc


def validate(data, fields, nullable=()):
    """Serializer.is_valid(): fields are (name, check) in the serializer's order."""
    if not isinstance(data, dict):
        message = f"Invalid data. Expected a dictionary, but got {type(data).__name__}."
        raise ApiError(400, {"non_field_errors": [message]})
    values, errors = {}, {}
    for name, check in fields:
        value = data.get(name, MISSING)
        try:
            if value is None and name not in nullable:
                raise Invalid("This field may not be null.")
            value = value if value is None else check(value)
        except Invalid as exc:
            errors[name] = [str(exc)]
        else:
            if value is not MISSING:
                values[name] = value
    if errors:
        raise ApiError(400, errors)
    return values


def required(value):
    if value is MISSING:
        raise Invalid("This field is required.")
    return value


def upload_name(filename):
    """Django's MultiPartParser.sanitize_file_name; '' means unusable."""
    name = html.unescape(filename).replace("\\", "/").rsplit("/", 1)[-1]
    return "" if name in (".", "..") else name


def file_field(value):
    if value is MISSING:
        raise Invalid("No file was submitted.")
    if not isinstance(value, recorder.Part):
        raise Invalid("The submitted data was not a file. Check the encoding type on the form.")
    if not upload_name(value.filename):
        raise Invalid("No filename could be determined.")
    if not value.size:
        raise Invalid("The submitted file is empty.")
    return value


def integer_field(value):
    try:
        return int(re.sub(r"\.0*\s*$", "", str(required(value))))
    except ValueError:
        raise Invalid("A valid integer is required.") from None


def action_field(value):
    if str(required(value)) not in ("1", "2", "3"):
        raise Invalid(f'"{value}" is not a valid choice.')
    return int(value)


def char_field(max_length=None, is_required=False, trim=True):
    """CharField; the required ones (token obtain) may not be blank either."""
    def check(value):
        if value is MISSING and not is_required:
            return MISSING
        if required(value) == "" or trim and str(value).strip() == "":
            if is_required:
                raise Invalid("This field may not be blank.")
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise Invalid("Not a valid string.")
        text = str(value).strip() if trim else str(value)
        if max_length and len(text) > max_length:
            raise Invalid(f"Ensure this field has no more than {max_length} characters.")
        return text
    return check


def pk_field(known):
    """PrimaryKeyRelatedField over the ids in known."""
    def check(value):
        try:
            if isinstance(required(value), bool) or not isinstance(value, (int, str)):
                raise TypeError
            pk = int(value)
        except (TypeError, ValueError):
            received = type(value).__name__
            raise Invalid(f"Incorrect type. Expected pk value, received {received}.") from None
        if pk not in known:
            raise Invalid(f'Invalid pk "{value}" - object does not exist.')
        return pk
    return check


# --------------------------------------------------------------------------
# Users, tokens and stored documents.

class Tokens:
    """DRF authtoken: one token per user, made on first demand."""

    def __init__(self, lifetime):
        self.lock = threading.Lock()
        self.lifetime = lifetime  # seconds; 0 = never expires, like the real thing
        self.deadlines = {}  # key -> time.monotonic() deadline
        self.current = None
        self.issued = 0

    def _valid(self, key):
        return self.deadlines.get(key, 0) > time.monotonic()

    def valid(self, key):
        with self.lock:
            return self._valid(key)

    def obtain(self):
        with self.lock:
            self.issued += 1
            if not self._valid(self.current):
                self.current = secrets.token_hex(20)
                lifetime = self.lifetime if self.lifetime > 0 else math.inf
                self.deadlines[self.current] = time.monotonic() + lifetime
            return self.current

    def expire_all(self):
        with self.lock:
            self.deadlines.clear()


def authenticate(args, tokens):
    """The user name, None for anonymous, or the 403 DRF would send."""
    words = request.headers.get("Authorization", "").split()
    keyword = words[0].lower() if words else ""
    if keyword not in HEADER_ERRORS:
        return None  # SessionAuthentication, without a session: anonymous
    if len(words) != 2:
        raise ApiError(403, {"detail": HEADER_ERRORS[keyword][len(words) > 2]})
    credentials = words[1].encode("latin-1")
    if keyword == "token":
        try:
            key = credentials.decode()
        except UnicodeDecodeError:
            detail = "Invalid token header. Token string should not contain invalid characters."
            raise ApiError(403, {"detail": detail}) from None
        if not tokens.valid(key):
            raise ApiError(403, {"detail": "Invalid token."})
        return args.username
    try:
        raw = base64.b64decode(credentials)
    except binascii.Error:
        detail = "Invalid basic header. Credentials not correctly base64 encoded."
        raise ApiError(403, {"detail": detail}) from None
    try:
        user, _, password = raw.decode().partition(":")
    except UnicodeDecodeError:
        user, _, password = raw.decode("latin-1").partition(":")
    if (user, password) != (args.username, args.password):
        raise ApiError(403, {"detail": "Invalid username/password."})
    return user


class Library:
    """Documents in memory (trashed ones kept); bytes under storage/<file id>/<filename>."""

    def __init__(self, storage):
        self.storage = storage
        self.lock = threading.Lock()
        self.documents = {}  # id -> the /_hoist/items record
        self.ids = {kind: itertools.count(1) for kind in ("document", "file", "metadata")}

    def add_document(self, values):
        upload = values["file"]
        with self.lock:
            doc_id = next(self.ids["document"])
        doc = {
            "id": doc_id,
            "uuid": str(uuid.uuid4()),
            "label": values.get("label", upload_name(upload.filename)),
            "description": values.get("description", ""),
            "language": values.get("language", "eng"),
            "document_type_id": values["document_type_id"],
            "datetime_created": now_iso(),
            "trashed": False,
            "trashed_date_time": None,
            "files": [],
            "metadata": [],
        }
        self.add_file(doc, upload, {"action": 1})
        with self.lock:
            self.documents[doc_id] = doc
        return doc

    def add_file(self, doc, upload, values):
        filename = values.get("filename") or upload_name(upload.filename)
        with self.lock:
            file_id = next(self.ids["file"])
        path = os.path.join(self.storage, str(file_id), filename)
        os.makedirs(os.path.dirname(path))
        upload.move_to(path)
        content_type = upload.content_type
        mimetype = ((content_type or "").split(";")[0].strip()
                    or mimetypes.guess_type(filename)[0] or "application/octet-stream")
        with self.lock:
            doc["files"].append({
                "id": file_id, "filename": filename, "path": path, "stored_name": str(uuid.uuid4()),
                "content_type": content_type, "mimetype": mimetype,
                "encoding": encoding(path, mimetype),
                "size": upload.size, "sha256": upload.sha256,
                "action": values["action"], "comment": values.get("comment", ""),
                "timestamp": now_iso(),
            })

    def add_metadata(self, doc, values):
        with self.lock:
            if any(m["metadata_type_id"] == values["metadata_type_id"] for m in doc["metadata"]):
                message = "The fields document, metadata_type must make a unique set."
                raise ApiError(400, {"non_field_errors": [message]})
            entry = {"id": next(self.ids["metadata"]), **values}
            entry.setdefault("value", None)
            doc["metadata"].append(entry)
            return entry

    def get(self, doc_id):
        with self.lock:
            doc = self.documents.get(doc_id)
            if doc is None or doc["trashed"]:
                raise NotFound()
            return doc

    def trash(self, doc_id):
        doc = self.get(doc_id)
        with self.lock:
            doc.update(trashed=True, trashed_date_time=now_iso())

    def get_trashed(self, doc_id):
        with self.lock:
            doc = self.documents.get(doc_id)
            if doc is None or not doc["trashed"]:
                raise NotFound()
            return doc

    def valid(self, search=""):
        """Untrashed documents whose label contains search, in Document.Meta.ordering ('label')."""
        return self._listed(False, search)

    def trashed(self):
        return self._listed(True, "")

    def _listed(self, trashed, search):
        with self.lock:
            docs = [d for d in self.documents.values()
                    if d["trashed"] == trashed and search.lower() in d["label"].lower()]
        return sorted(docs, key=lambda d: (d["label"], d["id"]))

    def items(self):
        with self.lock:
            return json.loads(json.dumps(list(self.documents.values())))


# --------------------------------------------------------------------------
# Responses.

def api_url(path):
    return f"{request.host_url}api/v4/{path}"


def page_link(number):
    """This URL with page set, like DRF's replace_query_param (page 1: no page)."""
    args = request.args.to_dict(flat=False)
    args.pop("page", None)
    if number > 1:
        args["page"] = [str(number)]
    query = urlencode(sorted(args.items()), doseq=True)
    return request.base_url + (f"?{query}" if query else "")


def paginate(items, to_json):
    """PageNumberPagination with page_size_query_param and max_page_size."""
    try:
        size = int(request.args["page_size"])
        size = min(size, MAX_PAGE_SIZE) if size > 0 else PAGE_SIZE
    except (KeyError, ValueError):
        size = PAGE_SIZE
    pages = max(1, math.ceil(len(items) / size))
    page = request.args.get("page", "1")
    try:
        number = pages if page == "last" else int(page)
    except ValueError:
        number = 0
    if not 1 <= number <= pages:
        raise ApiError(404, {"detail": "Invalid page."})
    return jsonify({
        "count": len(items),
        "next": page_link(number + 1) if number < pages else None,
        "previous": page_link(number - 1) if number > 1 else None,
        "results": [to_json(item) for item in items[(number - 1) * size:number * size]],
    })


def document_type_json(type_id, label):
    return {
        "delete_time_period": 30, "delete_time_unit": "days",
        "filename_generator_backend": "uuid", "filename_generator_backend_arguments": "",
        "id": type_id, "label": label,
        "quick_label_list_url": api_url(f"document_types/{type_id}/quick_labels/"),
        "trash_time_period": None, "trash_time_unit": None,
        "url": api_url(f"document_types/{type_id}/"),
    }


def encoding(path, mimetype):
    """Roughly libmagic's MIME encoding: binary, or us-ascii / utf-8 for text."""
    if not mimetype.startswith("text/"):
        return "binary"
    with open(path, "rb") as f:
        while chunk := f.read(recorder.CHUNK):
            if max(chunk) >= 0x80:
                return "utf-8"
    return "us-ascii"


def file_json(doc_id, file):
    """DocumentFileSerializer: Meta.fields minus the create-only action and file_new."""
    base = f"documents/{doc_id}/files/{file['id']}/"
    return {"checksum": file["sha256"], "comment": file["comment"],
            "document_url": api_url(f"documents/{doc_id}/"),
            "download_url": api_url(base + "download/"), "encoding": file["encoding"],
            "file": file["stored_name"], "filename": file["filename"], "id": file["id"],
            "mimetype": file["mimetype"], "page_list_url": api_url(base + "pages/"),
            "size": file["size"], "timestamp": file["timestamp"], "url": api_url(base)}


def document_json(doc, document_types, processed=True):
    """The upload answers before the (asynchronous) processing: no file_latest yet."""
    base = f"documents/{doc['id']}/"
    files = list(doc["files"])
    return {
        "datetime_created": doc["datetime_created"], "description": doc["description"],
        "document_change_type_url": api_url(base + "type/change/"),
        "document_type": document_type_json(doc["document_type_id"],
                                            document_types[doc["document_type_id"]]),
        "file_list_url": api_url(base + "files/"),
        "file_latest": file_json(doc["id"], files[-1]) if processed and files else None,
        "id": doc["id"], "pk": doc["id"], "label": doc["label"], "language": doc["language"],
        "url": api_url(base), "uuid": doc["uuid"], "version_active": None,
        "version_list_url": api_url(base + "versions/"),
    }


def trashed_document_json(doc, document_types):
    """TrashedDocumentSerializer: the document's fields and two more, sorted."""
    body = document_json(doc, document_types)
    body.update(url=api_url(f"trashed_documents/{doc['id']}/"),
                restore_url=api_url(f"trashed_documents/{doc['id']}/restore/"),
                trashed_date_time=doc["trashed_date_time"])
    return dict(sorted(body.items()))


def created(body):
    """CreateModelMixin: 201 with Location taken from the url field."""
    return jsonify(body), 201, {"Location": body["url"]}


def empty(status):
    """DRF drops Content-Type when the rendered body is empty."""
    response = Flask.response_class(status=status)
    del response.headers["Content-Type"]
    return response


def append_slash(app):
    """Django's APPEND_SLASH: 301 when only the path with "/" exists (any method)."""
    if request.path.endswith("/"):
        return None
    try:
        app.url_map.bind(request.host).match(request.path + "/", method=request.method)
    except MethodNotAllowed:
        pass
    except HTTPException:
        return None
    location = quote(request.path + "/", safe="/:@&+$,-_.!~*'()")
    if request.query_string:
        location += "?" + request.query_string.decode("latin-1")
    response = Flask.response_class(status=301)
    response.headers["Location"] = location
    return response


def create_app(args):
    app = Flask(__name__)
    recorder.install(app, args.storage)
    library = Library(args.storage)
    tokens = Tokens(args.token_lifetime)
    types, metadata_types = args.document_types, args.metadata_types
    api = "/api/v4"

    @app.before_request
    def route_and_authenticate():
        # Django resolves the URL (or redirects) before DRF authenticates.
        if request.url_rule is None:
            return append_slash(app)
        if request.path.startswith("/api/"):
            if request.args.get("format", "json") != "json":
                raise NotFound()  # DRF's URL_FORMAT_OVERRIDE with no such renderer
            g.user = authenticate(args, tokens)
        return None

    def visible(doc_id):
        """The document, unless it is unknown, trashed or hidden from anonymous."""
        if not g.user:
            raise NotFound()
        return library.get(doc_id)

    def doc_json(doc, processed=True):
        return document_json(doc, types, processed)

    def metadata_json(doc, entry):
        type_id = entry["metadata_type_id"]
        name = metadata_types[type_id]
        return {"id": entry["id"], "metadata_type": {"id": type_id, "name": name, "label": name},
                "value": entry["value"], "document": doc_json(doc),
                "url": api_url(f"documents/{doc['id']}/metadata/{entry['id']}/")}

    drf.install_error_handlers(app)

    @app.post(f"{api}/auth/token/obtain/")
    def obtain_token():
        values = validate(request_data(ALL_PARSERS), [
            ("username", char_field(is_required=True)),
            ("password", char_field(is_required=True, trim=False))])
        if (values["username"], values["password"]) != (args.username, args.password):
            message = "Unable to log in with provided credentials."
            raise ApiError(400, {"non_field_errors": [message]})
        return jsonify(token=tokens.obtain())

    @app.post(f"{api}/documents/upload/")
    def upload():
        values = validate(request_data((FORM, MULTIPART)), [
            ("description", char_field()), ("document_type_id", integer_field),
            ("file", file_field), ("label", char_field(255)), ("language", char_field(8))])
        # The type is looked up after validation, in the ACL-filtered queryset.
        if not g.user or values["document_type_id"] not in types:
            raise NotFound()
        return created(doc_json(library.add_document(values), processed=False))

    @app.get(f"{api}/documents/")
    def list_documents():
        return paginate(library.valid(request.args.get("q", "")) if g.user else [], doc_json)

    @app.get(f"{api}/documents/<int:doc_id>/")
    def get_document(doc_id):
        return jsonify(doc_json(visible(doc_id)))

    @app.delete(f"{api}/documents/<int:doc_id>/")
    def trash_document(doc_id):
        visible(doc_id)
        library.trash(doc_id)
        return empty(204)

    @app.get(f"{api}/documents/<int:doc_id>/files/")
    def list_files(doc_id):
        return paginate(list(visible(doc_id)["files"]), lambda file: file_json(doc_id, file))

    @app.post(f"{api}/documents/<int:doc_id>/files/")
    def new_file(doc_id):
        values = validate(request_data(ALL_PARSERS), [
            ("action", action_field), ("comment", char_field()),
            ("filename", char_field(255)), ("file_new", file_field)])
        # Mayan validates first and looks the document up in perform_create.
        library.add_file(visible(doc_id), values.pop("file_new"), values)
        return empty(202)

    @app.get(f"{api}/documents/<int:doc_id>/metadata/")
    def list_metadata(doc_id):
        doc = visible(doc_id)
        return paginate(list(doc["metadata"]), lambda entry: metadata_json(doc, entry))

    @app.post(f"{api}/documents/<int:doc_id>/metadata/")
    def add_metadata(doc_id):
        data = request_data(ALL_PARSERS)
        doc = visible(doc_id)
        values = validate(data, [("metadata_type_id", pk_field(metadata_types)),
                                 ("value", char_field(255))], nullable={"value"})
        return created(metadata_json(doc, library.add_metadata(doc, values)))

    @app.get(f"{api}/document_types/")
    def list_document_types():
        listed = sorted(types.items(), key=lambda t: (t[1], t[0])) if g.user else []
        return paginate(listed, lambda t: document_type_json(*t))

    @app.get(f"{api}/trashed_documents/")
    def list_trashed_documents():
        return paginate(library.trashed() if g.user else [],
                        lambda doc: trashed_document_json(doc, types))

    @app.get(f"{api}/trashed_documents/<int:doc_id>/")
    def get_trashed_document(doc_id):
        if not g.user:
            raise NotFound()
        return jsonify(trashed_document_json(library.get_trashed(doc_id), types))

    recorder.add_test_routes(app, library.items, tokens.expire_all, lambda: tokens.issued)

    return app


def add_arguments(parser):
    parser.add_argument("--username", default="hoist")
    parser.add_argument("--password", default="hoist-mayan-password")
    parser.add_argument("--document-types", type=id_labels, default="1:Default,2:Drawing",
                        help="id:label,... of the document types")
    parser.add_argument("--metadata-types", type=id_labels, default="3:DrawingNo,4:Project",
                        help="id:name,... of the metadata types")
    parser.add_argument("--token-lifetime", type=float, default=0,
                        help="seconds a token works; 0 = forever (real DRF tokens never expire)")


if __name__ == "__main__":
    recorder.main(create_app, add_arguments)
