"""What the Django REST framework emulators (sandbox, mayan) share: the
exception that becomes DRF's JSON error body, and the handlers that give
every error DRF's shape."""

from flask import jsonify, request
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    """Answered as DRF's JSON body by the app's error handler."""

    def __init__(self, status, body, headers=None):
        super().__init__(status, body)
        self.status, self.body, self.headers = status, body, headers or {}


def install_error_handlers(app):
    @app.errorhandler(ApiError)
    def api_error(exc):
        return jsonify(exc.body), exc.status, exc.headers

    @app.errorhandler(HTTPException)
    def http_error(exc):
        # Keep werkzeug's status and headers (e.g. Allow on 405), DRF's body.
        detail = {404: "Not found.",
                  405: f'Method "{request.method}" not allowed.'}.get(exc.code, exc.description)
        response = exc.get_response()
        response.set_data(jsonify(detail=detail).get_data())
        response.content_type = "application/json"
        return response
