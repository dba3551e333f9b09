"""Generic media library emulator, shaped like a Django REST Framework API.

  POST   /api/media/files        multipart: f (file), name, description, folder
  GET    /api/media/files        ?limit=&offset=&search=  (LimitOffsetPagination)
  GET    /api/media/files/<id>
  DELETE /api/media/files/<id>
  GET    /media/<id>/<filename>  the stored bytes

Test-only (not recorded, no auth):
  POST   /_hoist/thumbnails/<id>  JSON ["<absolute URL>", ...]: the file's thumbnails become
                                  [{"f": URL}, ...], as a site that makes previews lists them

A file is {"id", "type", "user", "f" (its URL), "name", "description", "size",
"human_readable_size", "sha256", "content_type", "folder", "created_at",
"updated_at", "thumbnails": []}; the list is {"count", "next", "previous",
"results"}, newest first, and like DRF's SearchFilter every search term
(split on spaces and commas) must occur, case-insensitively, in the name,
description or folder.

Error bodies use DRF's exact wording so Hoist's error reporting can be
tested against what a real server says.  With --token KEY every /api/
call needs "Authorization: Token KEY".

  /usr/bin/python3 tests/servers/sandbox.py --port 8765
"""

import json
import mimetypes
import os
import threading
from datetime import datetime, timezone
from urllib.parse import quote, urlencode

from flask import Flask, jsonify, request, send_file
from werkzeug.exceptions import NotFound

import recorder
from drf import ApiError
import drf

DEFAULT_LIMIT = 100
USER = {"id": 1, "username": "sandbox", "full_name": "Sandbox User"}
COMPRESSED = {"zip", "gzip", "x-gzip", "x-tar", "x-bzip2", "x-xz", "x-7z-compressed",
              "x-rar-compressed", "vnd.rar", "zstd"}
DOCUMENT_PREFIXES = ("msword", "rtf", "vnd.ms-", "vnd.openxmlformats-officedocument.",
                     "vnd.oasis.opendocument.")


def media_type(content_type):
    major, _, minor = content_type.partition("/")
    if major in ("image", "video", "audio", "text"):
        return major
    if major == "application":
        if minor == "pdf":
            return "pdf"
        if minor in COMPRESSED:
            return "compressed"
        if minor.startswith(DOCUMENT_PREFIXES):
            return "document"
    return "other"


def human_readable_size(size):
    """Django's filesizeformat, minus the non-breaking space."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1024
        if size < 1024 or unit == "TB":
            return f"{size:.1f} {unit}"


def now_iso():
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def check_token(expected):
    """DRF TokenAuthentication: raise the 401 DRF would send."""
    words = request.headers.get("Authorization", "").split()
    if not words or words[0].lower() != "token":
        detail = "Authentication credentials were not provided."
    elif len(words) == 1:
        detail = "Invalid token header. No credentials provided."
    elif len(words) > 2:
        detail = "Invalid token header. Token string should not contain spaces."
    elif words[1] != expected:
        detail = "Invalid token."
    else:
        return
    raise ApiError(401, {"detail": detail}, {"WWW-Authenticate": "Token"})


def validate_upload():
    """Return (file part, text fields), or raise the error DRF would."""
    content_type = request.content_type or ""
    if request.mimetype != "multipart/form-data":
        raise ApiError(415, {"detail": f'Unsupported media type "{content_type}" in request.'})
    try:
        parts = recorder.multipart_parts()
    except recorder.MultipartError as exc:
        raise ApiError(400, {"detail": f"Multipart form parse error - {exc}"}) from exc
    # Django's MultiValueDict hands DRF the last value of a repeated field.
    fields = {part.name: part for part in parts}
    upload = fields.get("f")
    if upload is None:
        problem = "No file was submitted."
    elif upload.filename is None:
        problem = "The submitted data was not a file. Check the encoding type on the form."
    elif upload.filename == "":
        problem = "No filename could be determined."
    elif upload.size == 0:
        problem = "The submitted file is empty."
    else:
        problem = None
    if problem:
        raise ApiError(400, {"f": [problem]})
    text = {name: part.value for name, part in fields.items() if part.filename is None}
    return upload, text


class Library:
    """Metadata in memory; bytes under storage/<id>/<filename>."""

    def __init__(self, storage):
        self.storage = storage
        self.lock = threading.Lock()
        self.items = {}  # id -> API object, with "f" relative to the host
        self.paths = {}  # id -> stored file
        self.next_id = 1

    def add(self, upload, text):
        # Like Django, keep only the last path component of the filename.
        filename = upload.filename.replace("\\", "/").rsplit("/", 1)[-1]
        if filename in ("", ".", ".."):
            filename = "upload"
        content_type = (upload.content_type
                        or mimetypes.guess_type(filename)[0]
                        or "application/octet-stream")
        with self.lock:
            item_id = self.next_id
            self.next_id += 1
        path = os.path.join(self.storage, str(item_id), filename)
        os.makedirs(os.path.dirname(path))
        upload.move_to(path)
        stamp = now_iso()
        item = {
            "id": item_id,
            "type": media_type(content_type),
            "user": USER,
            "f": f"media/{item_id}/{quote(filename, safe='')}",
            "name": text.get("name") or filename,
            "description": text.get("description", ""),
            "size": upload.size,
            "human_readable_size": human_readable_size(upload.size),
            "sha256": upload.sha256,
            "content_type": content_type,
            "folder": text.get("folder", ""),
            "created_at": stamp,
            "updated_at": stamp,
            "thumbnails": [],
        }
        with self.lock:
            self.items[item_id] = item
            self.paths[item_id] = path
        return item

    def set_thumbnails(self, item_id, urls):
        with self.lock:
            if item_id not in self.items:
                raise NotFound()
            self.items[item_id]["thumbnails"] = [{"f": url} for url in urls]

    def get(self, item_id):
        with self.lock:
            if item_id not in self.items:
                raise NotFound()
            return self.items[item_id], self.paths[item_id]

    def remove(self, item_id):
        with self.lock:
            if item_id not in self.items:
                raise NotFound()
            del self.items[item_id]
            path = self.paths.pop(item_id)
        os.unlink(path)
        os.rmdir(os.path.dirname(path))

    def search(self, query):
        """Newest first; like DRF's SearchFilter every term must match somewhere."""
        terms = query.replace(",", " ").lower().split()
        with self.lock:
            items = sorted(self.items.values(), key=lambda i: i["id"], reverse=True)
        fields = ("name", "description", "folder")
        return [item for item in items
                if all(any(term in item[k].lower() for k in fields) for term in terms)]


def to_json(item):
    return {**item, "f": request.host_url + item["f"]}


def page_url(limit, offset):
    """This request's URL with limit/offset set, like DRF's replace_query_param."""
    args = request.args.to_dict(flat=False)
    args["limit"] = [str(limit)]
    if offset is None:
        args.pop("offset", None)
    else:
        args["offset"] = [str(offset)]
    return f"{request.base_url}?{urlencode(args, doseq=True)}"


def int_arg(name, default, minimum):
    try:
        value = int(request.args[name])
    except (KeyError, ValueError):
        return default
    return value if value >= minimum else default


def create_app(args):
    app = Flask(__name__)
    recorder.install(app, args.storage)
    library = Library(args.storage)

    @app.before_request
    def authenticate():
        # Django resolves the URL before DRF authenticates: unknown paths 404.
        if args.token and request.url_rule and request.path.startswith("/api/"):
            check_token(args.token)

    drf.install_error_handlers(app)

    @app.post("/api/media/files")
    def upload():
        item = library.add(*validate_upload())
        location = f"{request.host_url}api/media/files/{item['id']}"
        return jsonify(to_json(item)), 201, {"Location": location}

    @app.get("/api/media/files")
    def list_files():
        items = library.search(request.args.get("search", ""))
        limit = int_arg("limit", DEFAULT_LIMIT, 1)
        offset = int_arg("offset", 0, 0)
        next_url = page_url(limit, offset + limit) if offset + limit < len(items) else None
        if offset == 0:
            previous_url = None
        else:  # DRF drops offset altogether when going back to the start
            previous_url = page_url(limit, offset - limit if offset > limit else None)
        return jsonify({
            "count": len(items),
            "next": next_url,
            "previous": previous_url,
            "results": [to_json(item) for item in items[offset:offset + limit]],
        })

    @app.get("/api/media/files/<int:item_id>")
    def get_file(item_id):
        return jsonify(to_json(library.get(item_id)[0]))

    @app.delete("/api/media/files/<int:item_id>")
    def delete_file(item_id):
        library.remove(item_id)
        return "", 204

    @app.get("/media/<int:item_id>/<filename>")
    def download(item_id, filename):
        _, path = library.get(item_id)
        if filename != os.path.basename(path):
            raise NotFound()
        return send_file(path)

    @app.post("/_hoist/thumbnails/<int:item_id>")
    def set_thumbnails(item_id):
        urls = json.loads(request.get_data() or b"[]")
        if not isinstance(urls, list) or not all(isinstance(url, str) for url in urls):
            return jsonify(detail="expected a JSON array of URLs"), 400
        library.set_thumbnails(item_id, urls)
        return "", 204

    return app


def add_arguments(parser):
    parser.add_argument("--token", help="require 'Authorization: Token TOKEN' on /api/")


if __name__ == "__main__":
    recorder.main(create_app, add_arguments)
