"""Xibo CMS 3.x API emulator (service-contracts.md section 1).

  POST   /api/authorize/access_token  form: grant_type=client_credentials, client_id and
                                      client_secret (body first, else HTTP Basic), [scope]
  POST   /api/library                 multipart: files (a file part), name, folderId, tags,
                                      oldMediaId, updateInLayouts, deleteOldRevisions
  GET    /api/library                 ?mediaId=&media=&folderId=&retired=&start=&length=
                                      [&disablePaging=1]; JSON array, headers X-Total-Count
                                      and Link (see Paging)
  DELETE /api/library/<mediaId>       [forceDelete=1] (form body or query): 204, empty; an item
                                      in use without it: 422 "This library item is in use."
  GET    /api/folders                 [{root folder with its subfolders nested in "children"}]
  GET    /api/folders/<folderId>      one folder, "children" as stored ("2,5" or null); 4.x
  POST   /api/folders                 form or multipart: text, parentId (default 1) -> 200 folder
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

Folders (3.x+, Folder controller and FolderFactory): folder 1 is the root,
"Root Folder".  GET /api/folders answers the tree as a one-element array; a
folder is {"id", "text", "parentId", "isRoot", "children",
"permissionsFolderId"} with the ints hydrate() makes ("...Id" and isRoot; the
root's null parentId and permissionsFolderId become 0), the root also has
3.x's jsTree "a_attr".  In the tree the root's and every folder-with-
subfolders' "children" is an array of folder objects, a leaf's stays null.
A folderId query parameter is ignored there, as in 3.x and 4.x (3.x filters
only with isShowTree=0, 4.x only with gridView=1).  POST answers 200, not 201
(Folder::add sets no httpStatus), with the unsaved entity: parentId as sent
(a string) or the default 1, isRoot/children/permissionsFolderId null.
Errors: 422 property "folderName" for a text that is not 1-254 characters,
422 property "parentId" for an empty parentId, 404 "Folder not found".
Uploads' folderId is not checked against the folders.

In use: POST /_hoist/in-use/<mediaId> marks an item as used by a layout
(Media::isUsed).  DELETE without forceDelete then answers 422
{"error":422,"message":"This library item is in use.","property":null,
"help":null} (Library::delete throws InvalidArgumentException without a
property).  Replacing an item in use with updateInLayouts=1 moves the mark
to the new mediaId (the layouts now show it); with updateInLayouts=0 the old
item stays in use and the new one is not.

Paging: start (default 0) and length (default 10) slice the list, and
X-Total-Count gives the number of matches.  Like ApiView the answer also has
a Link header, '<{url}?start=S&length=L>; rel="next", <...>; rel="prev",
<...>; rel="first"', computed from start/length even with disablePaging=1;
its URLs carry start and length only, so every filter (media, folderId, ...)
is lost.  rel="next" is there whenever start + length < total, and it has the
1.8/2.x bug the contract (1.6) warns about: it points at start + 2*length, so
a client that follows it skips a page.  rel="prev" is start - length (it can
be negative), rel="first" is always there.

Test-only routes (not recorded, no auth):
  GET  /_hoist/items          every media item, revisions included: mediaId, name,
                              fileName, storedAs, type (the part's Content-Type), mediaType,
                              size, md5, sha256, folderId, tags, retired, isEdited, parentId,
                              oldMediaId, updatedInLayouts, deletedOldRevision, inUse, path, ...
  POST /_hoist/in-use/<id>    the item is now used by a layout (204; 404 unknown mediaId)
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
FOLDER_NOT_FOUND = xibo_error(404, "Folder not found")
IN_USE = xibo_error(422, "This library item is in use.")
ROOT_FOLDER = 1
TREE_TITLE = "Right click a Folder for further Options"


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
            "deletedOldRevision": delete_old, "inUse": False, "createdDt": stamp,
            "modifiedDt": stamp, "path": path,
        }
        old_path = None
        with self.lock:
            self.items[media_id] = item
            if update_in_layouts and old["mediaId"] in self.items:
                # The widgets now show the new item: the layouts use it instead.
                item["inUse"] = self.items[old["mediaId"]]["inUse"]
                self.items[old["mediaId"]]["inUse"] = False
            if delete_old:
                self._relink(old["mediaId"], parentId=media_id)
                old_path = self.items.pop(old["mediaId"], {}).get("path")
            elif old and old["mediaId"] in self.items:
                self.items[old["mediaId"]].update(isEdited=1, parentId=media_id)
        if old_path:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(old_path)
        return dict(item)

    def mark_in_use(self, media_id):
        with self.lock:
            if media_id not in self.items:
                raise ApiError(404, MEDIA_NOT_FOUND)
            self.items[media_id]["inUse"] = True

    def remove(self, media_id, force):
        with self.lock:
            item = self.items.get(media_id)
            if item is None:
                raise ApiError(404, MEDIA_NOT_FOUND)
            if item["inUse"] and not force:
                raise ApiError(422, IN_USE)
            del self.items[media_id]
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


class Folders:
    """The folder table: folderName, parentId, isRoot, children ("2,5" or None) and
    permissionsFolderId, as FolderFactory reads them (None where the column is NULL)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.rows = {ROOT_FOLDER: {"folderName": "/", "parentId": None, "isRoot": 1,
                                   "children": None, "permissionsFolderId": None}}
        self.next_id = ROOT_FOLDER + 1

    def get(self, folder_id):
        """FolderFactory::getById, hydrated: the folder object the API shows."""
        with self.lock:
            if folder_id not in self.rows:
                raise ApiError(404, FOLDER_NOT_FOUND)
            row = dict(self.rows[folder_id])
        # hydrate() intvals every "...Id" and isRoot, NULL included; the query names the root.
        return {"id": folder_id, "text": "Root Folder" if row["isRoot"] else row["folderName"],
                "parentId": int(row["parentId"] or 0), "isRoot": row["isRoot"],
                "children": row["children"],
                "permissionsFolderId": int(row["permissionsFolderId"] or 0)}

    def tree(self, folder):
        """Folder::buildTreeView: subfolders nested, a leaf's children left as stored."""
        ids = [int(i) for i in (folder["children"] or "").split(",") if i]
        folder["children"] = [self.tree(child) if child["children"] else child
                              for child in map(self.get, ids)]
        return folder

    def add(self, text, parent_id):
        """Folder::save (validate, then add); returns the new folder's id."""
        if not 1 <= len(text or "") <= 254:
            raise ApiError(422, {**xibo_error(422, "Folder needs to have a name, between 1 and "
                                                   "254 characters."), "property": "folderName"})
        if parent_id in ("", "0", 0):
            raise ApiError(422, {**xibo_error(422, "Folder needs a specified parent Folder id"),
                                 "property": "parentId"})
        parent_key = int(parent_id) if re.fullmatch(r"\d+", str(parent_id)) else None
        with self.lock:
            parent = self.rows.get(parent_key)
            if parent is None:
                raise ApiError(404, FOLDER_NOT_FOUND)
            folder_id = self.next_id
            self.next_id += 1
            permissions = parent["permissionsFolderId"] or parent_key
            self.rows[folder_id] = {"folderName": text, "parentId": parent_key, "isRoot": 0,
                                    "children": None, "permissionsFolderId": permissions}
            parent["children"] = ",".join(filter(None, [parent["children"], str(folder_id)]))
        return folder_id


API_KEYS = ("mediaId", "parentId", "name", "mediaType", "storedAs", "fileName", "tags",
            "fileSize", "duration", "retired", "isEdited", "md5", "createdDt", "modifiedDt",
            "enableStat", "folderId")


def media_json(item):
    """A Media object as GET /api/library lists it."""
    return {**{key: item[key] for key in API_KEYS}, **OWNER, "valid": 1, "expires": 0,
            "released": 1, "permissionsFolderId": item["folderId"]}


def link_header(start, length, total):
    """ApiView's Link header, with the 1.8/2.x next-page bug (start + 2*length)."""
    url = request.host_url.rstrip("/") + request.path
    links = []
    if start + length < total:
        links.append(f'<{url}?start={start + 2 * length}&length={length}>; rel="next"')
    if start > 0:
        links.append(f'<{url}?start={start - length}&length={length}>; rel="prev"')
    links.append(f'<{url}?start=0&length={length}>; rel="first"')
    return ", ".join(links)


def create_app(args):
    app = Flask(__name__)
    recorder.install(app, args.storage)
    library = Library(args.storage)
    folders = Folders()
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
        start = int_param(params, "start", 0)
        length = int_param(params, "length", PAGE_LENGTH)
        if not checkbox(params, "disablePaging"):
            items = items[max(start, 0):max(start, 0) + max(length, 0)]
        return php_json([media_json(item) for item in items],
                        headers={"X-Total-Count": str(total),
                                 "Link": link_header(start, length, total)})

    @app.delete("/api/library/<int:media_id>")
    def delete_media(media_id):
        params = request_params(posted_parts())
        library.remove(media_id, checkbox(params, "forceDelete"))
        return "", 204

    @app.get("/api/folders")
    def list_folders():
        return php_json([dict(folders.tree(folders.get(ROOT_FOLDER)),
                              a_attr={"title": TREE_TITLE})])

    @app.get("/api/folders/<int:folder_id>")
    def get_folder(folder_id):
        return php_json(folders.get(folder_id))

    @app.post("/api/folders")
    def add_folder():
        params = request_params(posted_parts())
        text, parent_id = params.get("text"), params.get("parentId", ROOT_FOLDER)
        folder_id = folders.add(text, parent_id)
        return php_json({"id": folder_id, "text": text, "parentId": parent_id, "isRoot": None,
                         "children": None, "permissionsFolderId": None})

    @app.get("/api/clock")
    def clock():
        return php_json({"time": datetime.now().strftime("%H:%M:%S")})

    @app.post("/_hoist/in-use/<int:media_id>")
    def hoist_in_use(media_id):
        library.mark_in_use(media_id)
        return "", 204

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
