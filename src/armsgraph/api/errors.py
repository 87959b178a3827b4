"""HTTP errors with stable codes (AG6xx) and the JSON shape every error takes.

Every error body is ``{"error": {"code", "message", "where", "hint", "status"}}`` so a
client can branch on ``code`` and show ``message``/``hint`` to a person.

Codes:
  AG600  internal error (a bug: the server log has the traceback)
  AG601  a query parameter or form field is invalid (``where`` names it)
  AG602  the thing asked for does not exist (document, deal, route)
  AG603  a write was sent without a token (401)
  AG604  a write was sent with a wrong token (403)
  AG605  an upload is too large or unreadable
  AG606  the method is not allowed on this route
Store errors keep their own AG5xx code and are sent as 503 (the database cannot be used).
"""
from __future__ import annotations

from ..errors import ArmsgraphError


class ApiError(ArmsgraphError):
    """An error answered to an HTTP client; ``status`` is the HTTP status code."""
    code = "AG600"
    status = 500


class BadParameter(ApiError):
    code = "AG601"
    status = 400


class NotFound(ApiError):
    code = "AG602"
    status = 404


class TokenMissing(ApiError):
    code = "AG603"
    status = 401


class TokenWrong(ApiError):
    code = "AG604"
    status = 403


class UploadRejected(ApiError):
    code = "AG605"
    status = 413


class MethodNotAllowed(ApiError):
    code = "AG606"
    status = 405


def error_body(error: ArmsgraphError, status: int) -> dict:
    """The JSON body for ``error``."""
    return {"error": {"code": error.code, "message": error.message, "where": error.where,
                      "hint": error.hint, "status": status}}
