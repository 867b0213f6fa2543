"""The 咨询 tab: answers with badge, citations and calculation; history kept on the server.

Nothing the page sends is trusted as state: the session comes from the
server-issued cookie, the history shown is rebuilt from the session store on
every turn and on reload, and the chat component is only ever an output, so a
client cannot hand the server a history (or a file) to echo back.
"""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr

from app.assistant.answer import Answer
from app.assistant.feedback import FeedbackStore
from app.assistant.message_checks import MAX_QUESTION_CHARS
from app.live_assistant import LiveAssistant
from app.web.rate_limit import RateLimited
from app.web.render import render_answer
from app.web.session_cookie import session_from_cookie_header
from app.web.session_gate import SessionGate

_LOG = logging.getLogger(__name__)
_GENERAL_FOLLOW_UPS = ("能否与其他政策叠加享受？", "这两份文件现在有效吗？")
NO_SESSION = "会话已失效，请刷新页面后重试。"
SERVICE_ERROR = "抱歉，系统暂时无法回答，请稍后再试。"

Message = dict[str, str]


def _follow_ups(answer_status: str, follow_up: str | None) -> list[str]:
    if answer_status == "needs_info" and follow_up:
        return ["我还不确定，先告诉我计算方法", *_GENERAL_FOLLOW_UPS][:3]
    return [*_GENERAL_FOLLOW_UPS, "还有哪些支持政策适合医药企业？"][:3]


def session_of(request: Any, gate: SessionGate) -> str | None:
    """The caller's issued session from the cookie the middleware guarantees, else None."""
    headers = getattr(request, "headers", None) or {}
    session_id = session_from_cookie_header(headers.get("cookie"))
    return session_id if gate.is_valid(session_id) else None


def messages_of(turns: list[tuple[str, Answer]]) -> list[Message]:
    """The chat as the user saw it, rebuilt from the stored turns."""
    messages: list[Message] = []
    for question, answer in turns:
        messages += [{"role": "user", "content": question},
                     {"role": "assistant", "content": render_answer(answer)}]
    return messages


def build_chat_panel(blocks: Any, live: LiveAssistant, feedback: FeedbackStore,
                     gate: SessionGate) -> None:
    """Add the chat tab's components and handlers to ``blocks`` (the enclosing Blocks)."""
    domain = live.current().parts.domain
    chatbot = gr.Chatbot(label="政策咨询", height=480, elem_id="chat", buttons=["copy"],
                         placeholder=domain.greeting)
    with gr.Row():
        question = gr.Textbox(placeholder="输入问题，回车发送（不超过 2000 字）", scale=6,
                              show_label=False, elem_id="chat-input", max_lines=6)
        send = gr.Button("发送", variant="primary", scale=1, elem_id="chat-send")
    with gr.Row():
        follow_buttons = [gr.Button(text, size="sm", elem_id=f"follow-up-{i}")
                          for i, text in enumerate(_follow_ups("answered", None))]
    if domain.examples:
        gr.Examples(list(domain.examples), inputs=question, label="示例问题",
                    api_visibility="private")
    with gr.Row():
        thumbs_up = gr.Button("👍 有帮助", size="sm", elem_id="feedback-up")
        thumbs_down = gr.Button("👎 没帮助", size="sm", elem_id="feedback-down")
        comment = gr.Textbox(placeholder="可选：告诉我们哪里不对", show_label=False, scale=4,
                             elem_id="feedback-comment", max_length=1000)
        clear = gr.Button("🗑️ 清空对话", size="sm", elem_id="chat-clear")
    feedback_note = gr.Markdown(elem_id="feedback-note")

    def history(session_id: str) -> list[Message]:
        with live.use() as assistant:
            return messages_of(assistant.history(session_id))

    def ask(message: str, request: gr.Request) -> tuple[Any, ...]:
        keep = [gr.update()] * len(follow_buttons)
        session_id = session_of(request, gate)
        message = (message or "").strip() if isinstance(message, str) else ""
        if session_id is None:
            return [{"role": "assistant", "content": NO_SESSION}], message, *keep
        if not message:
            return history(session_id), "", *keep
        if len(message) > MAX_QUESTION_CHARS:
            notice = f"问题过长（{len(message)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内。"
            return [*history(session_id), {"role": "assistant", "content": notice}], message, \
                *keep
        try:
            gate.check_pace(session_id)
            with live.use() as assistant:
                answer = assistant.answer(session_id, message)
                shown = messages_of(assistant.history(session_id))
        except RateLimited as limited:
            return [*history(session_id), {"role": "assistant", "content": limited.message}], \
                message, *keep
        except Exception:
            _LOG.exception("chat answer failed")
            return [*history(session_id), {"role": "assistant", "content": SERVICE_ERROR}], \
                message, *keep
        suggestions = _follow_ups(answer.status, answer.follow_up)
        return shown, "", *[gr.update(value=text) for text in suggestions]

    outputs = [chatbot, question, *follow_buttons]
    private: dict[str, Any] = {"api_visibility": "private"}
    send.click(ask, [question], outputs, **private)
    question.submit(ask, [question], outputs, **private)
    for button in follow_buttons:
        button.click(ask, [button], outputs, **private)

    def restore(request: gr.Request) -> list[Message]:
        session_id = session_of(request, gate)
        return history(session_id) if session_id else []

    blocks.load(restore, None, chatbot, **private)

    def reset(request: gr.Request) -> tuple[list[Message], str, str]:
        session_id = session_of(request, gate)
        if session_id:
            with live.use() as assistant:
                assistant.clear(session_id)
        return [], "", "对话已清空。"

    clear.click(reset, None, [chatbot, question, feedback_note], **private)

    def vote(rating: str) -> Any:
        def record(text: str, request: gr.Request) -> tuple[str, str]:
            session_id = session_of(request, gate)
            if session_id is None:
                return NO_SESSION, text
            with live.use() as assistant:
                turns = assistant.history(session_id)
            if not turns:
                return "请先提问，再对回答进行评价。", text
            last_question, last_answer = turns[-1]
            saved = feedback.add(session_id, last_question, last_answer.model_dump_json(),
                                 rating, text if isinstance(text, str) else None)
            return ("感谢反馈，已记录。" if saved else "抱歉，反馈暂时无法保存，请稍后再试。"), ""
        return record

    thumbs_up.click(vote("up"), [comment], [feedback_note, comment], **private)
    thumbs_down.click(vote("down"), [comment], [feedback_note, comment], **private)
