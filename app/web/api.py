"""HTTP API beside the UI: ``POST /api/ask`` returns the contract's Answer JSON."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from app.assistant.answer import Answer
from app.assistant.service import PolicyAssistant


class AskRequest(BaseModel):
    """Body of ``POST /api/ask``."""

    question: str = Field(description="问题（中文或英文）")
    session_id: str | None = Field(None, max_length=200, description="会话 ID，可选")


def add_api_routes(api: Any, assistant: PolicyAssistant, clause_count: int) -> None:
    """Register the JSON endpoints on a FastAPI app."""
    from fastapi.encoders import jsonable_encoder
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse

    @api.exception_handler(RequestValidationError)
    def bad_request(_request: Any, exc: RequestValidationError) -> JSONResponse:
        # Integrators read the Chinese message; ``detail`` keeps FastAPI's machine-readable list.
        return JSONResponse(status_code=422, content={
            "error": "请求格式有误：请以 JSON 提交 "
                     "{\"question\": \"问题\", \"session_id\": \"可选\"}。",
            "detail": jsonable_encoder(exc.errors()),
        })

    @api.post("/api/ask", response_model=Answer, summary="提问，返回 Answer JSON")
    def ask(request: AskRequest) -> Answer:
        return assistant.answer(request.session_id, request.question)

    @api.get("/healthz", summary="健康检查")
    def healthz() -> dict[str, object]:
        return {"status": "ok", "clauses": clause_count}
