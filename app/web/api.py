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

    @api.post("/api/ask", response_model=Answer, summary="提问，返回 Answer JSON")
    def ask(request: AskRequest) -> Answer:
        return assistant.answer(request.session_id, request.question)

    @api.get("/healthz", summary="健康检查")
    def healthz() -> dict[str, object]:
        return {"status": "ok", "clauses": clause_count}
