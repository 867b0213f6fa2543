"""The 咨询 tab: streamed answers with badge, citations, calculation and feedback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from app.assistant.feedback import FeedbackStore
from app.assistant.message_checks import MAX_QUESTION_CHARS
from app.assistant.service import PolicyAssistant
from app.web.render import render_answer

EXAMPLES = (
    "1类化学药进入Ⅱ期临床有多少奖励？",
    "我们是CRO企业，去年服务金额800万元，能拿多少？",
    "单品种年产值首次突破5亿元有什么奖励？",
    "共享服务平台建设最高支持多少？",
    "License-out 合同总额1.5亿美元，能拿多少？",
    "征求意见稿现在生效了吗？",
)
_GENERAL_FOLLOW_UPS = ("能否与其他政策叠加享受？", "这两份文件现在有效吗？")
_STREAM_STEP = 24

Message = dict[str, str]


def _follow_ups(answer_status: str, follow_up: str | None) -> list[str]:
    if answer_status == "needs_info" and follow_up:
        return ["我还不确定，先告诉我计算方法", *_GENERAL_FOLLOW_UPS][:3]
    return [*_GENERAL_FOLLOW_UPS, "还有哪些支持政策适合医药企业？"][:3]


def build_chat_panel(assistant: PolicyAssistant, feedback: FeedbackStore) -> None:
    """Add the chat tab's components and handlers to the enclosing Blocks."""
    import gradio as gr

    session = gr.BrowserState(None, storage_key="policy-assistant-session")
    last_turn = gr.State(None)  # (question, answer_json) of the latest answer

    chatbot = gr.Chatbot(label="政策咨询", height=480, elem_id="chat", buttons=["copy"],
                         placeholder="您好！我可以回答昌平医药健康产业政策的问题，并计算可获支持金额。")
    with gr.Row():
        question = gr.Textbox(placeholder="输入问题，回车发送（不超过 2000 字）", scale=6,
                              show_label=False, elem_id="chat-input", max_lines=6)
        send = gr.Button("发送", variant="primary", scale=1, elem_id="chat-send")
    with gr.Row():
        follow_buttons = [gr.Button(text, size="sm", elem_id=f"follow-up-{i}")
                          for i, text in enumerate(_follow_ups("answered", None))]
    gr.Examples(list(EXAMPLES), inputs=question, label="示例问题")
    with gr.Row():
        thumbs_up = gr.Button("👍 有帮助", size="sm", elem_id="feedback-up")
        thumbs_down = gr.Button("👎 没帮助", size="sm", elem_id="feedback-down")
        comment = gr.Textbox(placeholder="可选：告诉我们哪里不对", show_label=False, scale=4,
                             elem_id="feedback-comment")
        clear = gr.Button("🗑️ 清空对话", size="sm", elem_id="chat-clear")
    feedback_note = gr.Markdown(elem_id="feedback-note")

    def ensure_session(session_id: str | None) -> str:
        return session_id or f"web-{uuid.uuid4().hex}"

    def ask(message: str, history: list[Message] | None,
            session_id: str | None) -> Iterator[tuple[Any, ...]]:
        history = list(history or [])
        session_id = ensure_session(session_id)
        message = (message or "").strip()
        if not message:
            yield history, "", session_id, None, *[gr.update()] * len(follow_buttons)
            return
        if len(message) > MAX_QUESTION_CHARS:
            history += [{"role": "user", "content": message[:200] + "…"},
                        {"role": "assistant", "content":
                         f"问题过长（{len(message)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内。"}]
            yield history, message, session_id, None, *[gr.update()] * len(follow_buttons)
            return
        answer = assistant.answer(session_id, message)
        rendered = render_answer(answer)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        for end in range(_STREAM_STEP, len(rendered) + _STREAM_STEP, _STREAM_STEP):
            history[-1] = {"role": "assistant", "content": rendered[:end]}
            yield history, "", session_id, None, *[gr.update()] * len(follow_buttons)
        suggestions = _follow_ups(answer.status, answer.follow_up)
        yield (history, "", session_id, (message, answer.model_dump_json()),
               *[gr.update(value=text) for text in suggestions])

    outputs = [chatbot, question, session, last_turn, *follow_buttons]
    send.click(ask, [question, chatbot, session], outputs, api_name="chat")
    question.submit(ask, [question, chatbot, session], outputs)
    for button in follow_buttons:
        button.click(ask, [button, chatbot, session], outputs)

    def reset(session_id: str | None) -> tuple[list[Message], str, None, str]:
        if session_id:
            assistant.clear(session_id)
        return [], "", None, "对话已清空。"

    clear.click(reset, [session], [chatbot, question, last_turn, feedback_note])

    def vote(rating: str) -> Any:
        def record(turn: tuple[str, str] | None, text: str,
                   session_id: str | None) -> tuple[str, str]:
            if not turn:
                return "请先提问，再对回答进行评价。", text
            feedback.add(session_id, turn[0], turn[1], rating, text)
            return "感谢反馈，已记录。", ""
        return record

    thumbs_up.click(vote("up"), [last_turn, comment, session], [feedback_note, comment])
    thumbs_down.click(vote("down"), [last_turn, comment, session], [feedback_note, comment])
