"""The 咨询 tab: answer cards, the 已知信息 bar, follow-up chips; history kept on the server.

Nothing the page sends is trusted as state: the session comes from the
server-issued cookie, the history shown is rebuilt from the session store on
every turn and on reload, and the chat component is only ever an output, so a
client cannot hand the server a history (or a file) to echo back. What the cards
do in the page (vote, forget a fact, add a comment) reaches the server as one short
text command through a hidden bridge textbox, checked here before it is applied.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import gradio as gr

from app.assistant.answer import Answer
from app.assistant.feedback import FeedbackStore
from app.assistant.memory_view import MemoryEntry
from app.assistant.message_checks import MAX_QUESTION_CHARS
from app.documents import PolicyDocument
from app.live_assistant import LiveAssistant
from app.rules.vocabulary import Vocabulary
from app.web.answer_card import answer_card
from app.web.rate_limit import RateLimited
from app.web.session_cookie import session_from_cookie_header
from app.web.session_gate import SessionGate

_LOG = logging.getLogger(__name__)
_GENERAL_FOLLOW_UPS = ("能否与其他政策叠加享受？", "这两份文件现在有效吗？")
CHIP_COUNT = 4
NO_SESSION = "会话已失效，请刷新页面后重试。"
SERVICE_ERROR = "抱歉，系统暂时无法回答，请稍后再试。"
_COMMAND = re.compile(r"(vote|comment|forget):(.{1,1100})", re.DOTALL)
_VOTE = re.compile(r"([0-9]{1,5}):(up|down)")
_COMMENT = re.compile(r"([0-9]{1,5}):(.*)", re.DOTALL)

Message = dict[str, str]


@dataclass(frozen=True)
class ChatPanel:
    """Components other tabs wire to (the calculator fills itself from the chat)."""

    open_calculator: Any
    chatbot: Any
    memory: Any


def session_of(request: Any, gate: SessionGate) -> str | None:
    """The caller's issued session from the cookie the middleware guarantees, else None."""
    headers = getattr(request, "headers", None) or {}
    session_id = session_from_cookie_header(headers.get("cookie"))
    return session_id if gate.is_valid(session_id) else None


def messages_of(turns: list[tuple[str, Answer]], documents: Mapping[str, PolicyDocument],
                vocabulary: Vocabulary | None = None,
                votes: Mapping[int, str] | None = None) -> list[Message]:
    """The chat as the user saw it, rebuilt from the stored turns (with their votes)."""
    messages: list[Message] = []
    for turn, (question, answer) in enumerate(turns):
        card = answer_card(answer, documents, vocabulary, turn=turn,
                           vote=(votes or {}).get(turn))
        messages += [{"role": "user", "content": question},
                     {"role": "assistant", "content": card}]
    return messages


def memory_html(entries: list[MemoryEntry]) -> str:
    """The 已知信息 bar: each remembered fact with 修改 and 删除 buttons."""
    if not entries:
        return ('<div class="memory-empty" role="status">已知信息：暂无。告诉我企业类型、'
                "药品类别、临床阶段或金额后，会显示在这里。</div>")
    chips = []
    for entry in entries:
        # One line: a blank line would end the HTML block and let markdown parse the rest.
        text = html.escape(" ".join(entry.text.split()))
        key = html.escape(entry.key)
        correction = html.escape(f"更正：{' '.join(entry.text.split())}")
        chips.append(
            f'<li class="chip"><span>{text}</span>'
            f'<button type="button" class="edit-fact" data-text="{correction}" '
            f'aria-label="修改 {text}" title="修改">✎</button>'
            f'<button type="button" class="forget" data-key="{key}" '
            f'aria-label="删除 {text}" title="删除">×</button></li>')
    return ('<div role="region" aria-label="已知信息"><strong>已知信息：</strong>'
            f'<ul class="memory-chips">{"".join(chips)}</ul></div>')


def chip_texts(answer: Answer | None, choices: list[str], examples: tuple[str, ...]) -> list[str]:
    """Chips under the input: the asked fact's values, else follow-ups, else examples."""
    if answer is None:
        return list(examples[:CHIP_COUNT])
    if choices:
        return choices[:CHIP_COUNT]
    if answer.status == "out_of_scope":
        return list(examples[:CHIP_COUNT])
    return list(_GENERAL_FOLLOW_UPS)


def build_chat_panel(blocks: Any, live: LiveAssistant, feedback: FeedbackStore,
                     gate: SessionGate) -> ChatPanel:
    """Add the chat tab's components and handlers to ``blocks`` (the enclosing Blocks)."""
    parts = live.current().parts
    domain, documents, vocabulary = parts.domain, parts.documents, parts.book.vocabulary
    examples = tuple(domain.examples)
    # Markdown, not gr.HTML: Gradio's HTML component compiles templates with eval, which the
    # page's CSP forbids. Everything in it is escaped here, so it needs no sanitiser.
    memory = gr.Markdown(memory_html([]), elem_id="memory-bar", sanitize_html=False)
    chatbot = gr.Chatbot(label="政策咨询", height=520, elem_id="chat", buttons=[],
                         placeholder=domain.greeting, autoscroll=False)
    with gr.Row(equal_height=True):
        question = gr.Textbox(label="输入问题", placeholder="输入问题，回车发送（不超过 2000 字）",
                              scale=6, show_label=False, elem_id="chat-input", max_lines=6,
                              autofocus=True)
        send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="chat-send")
    first = chip_texts(None, [], examples)
    with gr.Row():
        chips = [gr.Button(first[i] if i < len(first) else "", size="sm",
                           elem_id=f"follow-up-{i}", visible=i < len(first))
                 for i in range(CHIP_COUNT)]
    with gr.Row():
        open_calculator = gr.Button("还有哪些政策适合我们？用已知信息匹配全部政策", size="sm",
                                    elem_id="open-calculator")
        clear = gr.Button("清空对话与已知信息", size="sm", elem_id="chat-clear")
    gr.Markdown('<label class="helpdesk-switch"><input type="checkbox" id="helpdesk-toggle"> '
                "坐席视图（显示规则编号与计算输入）</label>", sanitize_html=False)
    note = gr.Markdown(elem_id="chat-note")
    bridge = gr.Textbox(elem_id="ui-bridge", elem_classes="visually-hidden-control",
                        show_label=False, container=False, max_length=1200)
    bridge_send = gr.Button("bridge", elem_id="ui-bridge-send",
                            elem_classes="visually-hidden-control")

    def shown(session_id: str) -> tuple[list[Message], str, list[Any]]:
        """Chat, memory bar and chips as the session now stands."""
        with live.use() as assistant:
            turns = assistant.history(session_id)
            entries = assistant.memory(session_id)
            choices = assistant.reply_choices(session_id)
        texts = chip_texts(turns[-1][1] if turns else None, choices, examples)
        updates = [gr.update(value=texts[i], visible=True) if i < len(texts)
                   else gr.update(visible=False) for i in range(CHIP_COUNT)]
        return (messages_of(turns, documents, vocabulary, feedback.votes(session_id)),
                memory_html(entries), updates)

    def ask(message: str, request: gr.Request) -> tuple[Any, ...]:
        keep = [gr.update()] * CHIP_COUNT
        session_id = session_of(request, gate)
        message = (message or "").strip() if isinstance(message, str) else ""
        if session_id is None:
            return [{"role": "assistant", "content": NO_SESSION}], message, gr.update(), *keep
        if not message:
            chat, bar, updates = shown(session_id)
            return chat, "", bar, *updates
        if len(message) > MAX_QUESTION_CHARS:
            notice = f"问题过长（{len(message)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内。"
            chat, bar, _ = shown(session_id)
            return [*chat, {"role": "assistant", "content": notice}], message, bar, *keep
        try:
            gate.check_pace(session_id)
            with live.use() as assistant:
                assistant.answer(session_id, message)
            chat, bar, updates = shown(session_id)
        except RateLimited as limited:
            chat, bar, _ = shown(session_id)
            return [*chat, {"role": "assistant", "content": limited.message}], message, bar, \
                *keep
        except Exception:
            _LOG.exception("chat answer failed")
            return [{"role": "assistant", "content": SERVICE_ERROR}], message, gr.update(), \
                *keep
        return chat, "", bar, *updates

    outputs = [chatbot, question, memory, *chips]
    private: dict[str, Any] = {"api_visibility": "private"}
    send.click(ask, [question], outputs, **private)
    question.submit(ask, [question], outputs, **private)
    for chip in chips:
        chip.click(ask, [chip], outputs, **private)

    def restore(request: gr.Request) -> tuple[Any, ...]:
        session_id = session_of(request, gate)
        if not session_id:
            return [], memory_html([]), *[gr.update()] * CHIP_COUNT
        chat, bar, updates = shown(session_id)
        return chat, bar, *updates

    blocks.load(restore, None, [chatbot, memory, *chips], **private)

    def reset(request: gr.Request) -> tuple[Any, ...]:
        session_id = session_of(request, gate)
        if session_id:
            with live.use() as assistant:
                assistant.clear(session_id)
            feedback.detach(session_id)
        updates = [gr.update(value=t, visible=True) for t in chip_texts(None, [], examples)]
        updates += [gr.update(visible=False)] * (CHIP_COUNT - len(updates))
        return [], "", memory_html([]), "对话与已知信息均已清空。", *updates

    clear.click(reset, None, [chatbot, question, memory, note, *chips], **private)
    # The chat's own trash icon clears the same things, never the screen alone.
    chatbot.clear(reset, None, [chatbot, question, memory, note, *chips], **private)

    def apply_command(command: str, request: gr.Request) -> tuple[Any, ...]:
        """A card's vote, comment or a fact taken back; anything else is ignored."""
        session_id = session_of(request, gate)
        if session_id is None:
            return gr.update(), gr.update(), NO_SESSION
        found = _COMMAND.fullmatch(command if isinstance(command, str) else "")
        if found is None:
            return gr.update(), gr.update(), ""
        kind, argument = found.groups()
        try:
            gate.check_pace(session_id)
            if kind == "forget":
                with live.use() as assistant:
                    removed = assistant.forget(session_id, argument)
                message = ("已删除该条信息，之后的回答不再使用它。" if removed
                           else "该信息已不存在。")
            else:
                message = _record_feedback(kind, argument, session_id)
        except RateLimited as limited:
            return gr.update(), gr.update(), limited.message
        except Exception:
            _LOG.exception("page command failed")
            return gr.update(), gr.update(), SERVICE_ERROR
        # The chat is not re-rendered: the page already marks the vote, and a redraw would
        # drop the comment box it opened under the answer.
        _, bar, _ = shown(session_id)
        return gr.update(), bar, message

    def _record_feedback(kind: str, argument: str, session_id: str) -> str:
        with live.use() as assistant:
            turns = assistant.history(session_id)
        pattern = _VOTE if kind == "vote" else _COMMENT
        found = pattern.fullmatch(argument)
        if found is None or int(found.group(1)) >= len(turns):
            return "请先提问，再对回答进行评价。"
        turn = int(found.group(1))
        if kind == "vote":
            question_text, answer = turns[turn]
            saved = feedback.vote(session_id, turn, question_text, answer.model_dump_json(),
                                  found.group(2))
        else:
            saved = feedback.comment(session_id, turn, found.group(2))
        return "感谢反馈，已记录。" if saved else "抱歉，反馈暂时无法保存，请稍后再试。"

    # "multiple": a vote then a comment (or two clicks) are each applied, not dropped.
    bridge_send.click(apply_command, [bridge], [chatbot, memory, note], trigger_mode="multiple",
                      **private)
    return ChatPanel(open_calculator, chatbot, memory)
