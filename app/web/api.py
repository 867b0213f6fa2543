"""HTTP API beside the UI: ``POST /api/ask`` returns the contract's Answer JSON.

The session id in a request is honoured only when this server issued it; any
other id starts a new session, whose id the answer carries back. Error bodies
name what was wrong in Chinese and never echo the input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException

from app.assistant.answer import Answer
from app.assistant.message_checks import unreadable_characters
from app.live_assistant import LiveAssistant
from app.web.rate_limit import RateLimited
from app.web.session_gate import SessionGate

BAD_REQUEST = "请求格式有误：请以 JSON 提交 {\"question\": \"问题\", \"session_id\": \"可选\"}。"
UNREADABLE = "问题中含有无法识别的字符（可能是编码错误），请检查后重新提交。"


class AskRequest(BaseModel):
    """Body of ``POST /api/ask``."""

    question: str = Field(description="问题（中文或英文），不超过 2000 字")
    session_id: str | None = Field(
        None, max_length=200,
        description="上次回答中的 session_id，用于继续对话；不是本服务签发的 ID 将开启新会话")

    @field_validator("question")
    @classmethod
    def _readable(cls, question: str) -> str:
        if unreadable_characters(question):
            raise ValueError(UNREADABLE)
        return question


def add_api_routes(api: Any, live: LiveAssistant, gate: SessionGate,
                   health: Callable[[], list[str]]) -> None:
    """Register the JSON endpoints and error handlers on a FastAPI app."""

    @api.exception_handler(RequestValidationError)
    def bad_request(_request: Any, exc: RequestValidationError) -> JSONResponse:
        # Only where and what kind of problem: the input itself is never echoed (it may be
        # megabytes, or NaN that JSON cannot even write back).
        detail = [{"loc": [str(part) for part in error.get("loc", ())],
                   "type": str(error.get("type", ""))} for error in exc.errors()[:10]]
        unreadable = any(UNREADABLE in str(error.get("msg", "")) for error in exc.errors())
        return JSONResponse(status_code=422, content={
            "error": UNREADABLE if unreadable else BAD_REQUEST, "detail": detail})

    @api.exception_handler(HTTPException)
    def http_error(_request: Any, exc: HTTPException) -> JSONResponse:
        # FastAPI's own errors (an unparsable body, a wrong method) in the same Chinese shape.
        message = {400: BAD_REQUEST, 404: "未找到该地址。", 405: "不支持该请求方法。",
                   413: "请求内容过大。"}.get(exc.status_code, "请求无法处理。")
        return JSONResponse(status_code=exc.status_code, content={"error": message},
                            headers=getattr(exc, "headers", None))

    @api.exception_handler(RateLimited)
    def too_many(_request: Any, exc: RateLimited) -> JSONResponse:
        return JSONResponse(status_code=429, content={"error": exc.message},
                            headers={"Retry-After": str(max(1, round(exc.retry_after)))})

    @api.post("/api/ask", response_model=Answer, summary="提问，返回 Answer JSON",
              responses={422: {"description": "请求格式有误"},
                         429: {"description": "请求过于频繁"}})
    def ask(body: AskRequest, request: Request) -> Answer:
        client = request.client.host if request.client else "unknown"
        session = gate.resolve(body.session_id, client)
        gate.check_pace(session.session_id)
        with live.use() as assistant:
            answer = assistant.answer(session.session_id, body.question)
        return answer.model_copy(update={"session_id": session.session_id})

    @api.get("/healthz", summary="健康检查")
    def healthz() -> dict[str, object]:
        reasons = health()
        return {"status": "degraded" if reasons else "ok", "reasons": reasons,
                "clauses": len(live.current().parts.searcher.chunks), "build": live.build_id}
