/* 政策助手 page behaviour. Loaded once by the page shell; talks to the server only through
   the hidden bridge (a plain text command), so no handler accepts more than the UI sends. */
(function () {
  "use strict";
  document.documentElement.lang = "zh-CN";

  function $(selector, root) { return (root || document).querySelector(selector); }
  function input() { return $("#chat-input textarea"); }

  /* --- the bridge: one hidden textbox and button carry "vote:3:up", "forget:fact:x" --- */
  /* Commands go one at a time: a second one set before the first is sent would overwrite it. */
  var pending = [];
  var sending = false;
  function send(command) {
    pending.push(command);
    if (!sending) { next(); }
  }
  function next() {
    var box = $("#ui-bridge textarea, #ui-bridge input");
    var button = $("#ui-bridge-send");
    if (!pending.length || !box || !button) { sending = false; return; }
    sending = true;
    box.value = pending.shift();
    box.dispatchEvent(new Event("input", { bubbles: true }));
    setTimeout(function () { button.click(); setTimeout(next, 400); }, 80);
  }

  function setInput(text) {
    var box = input();
    if (!box) { return; }
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.focus();
  }

  /* --- skip link, focus on load --- */
  function addSkipLink() {
    if ($(".skip-link")) { return; }
    var link = document.createElement("a");
    link.className = "skip-link";
    link.href = "#chat-input";
    link.textContent = "跳到提问输入框";
    link.addEventListener("click", function (event) {
      event.preventDefault();
      openTab("咨询");
      setTimeout(function () { var box = input(); if (box) { box.focus(); } }, 150);
    });
    document.body.insertBefore(link, document.body.firstChild);
  }

  /* --- tabs, clause panel, deep links --- */
  function openTab(name) {
    var tabs = document.querySelectorAll('button[role="tab"]');
    for (var i = 0; i < tabs.length; i++) {
      if (tabs[i].textContent.trim() === name) {
        if (tabs[i].getAttribute("aria-selected") !== "true") { tabs[i].click(); }
        return;
      }
    }
  }

  function highlightIn(element, sentence) {
    if (!sentence) { return; }
    var paragraph = element.querySelector("p") || element;
    var text = paragraph.textContent;
    var parts = sentence.split("……").map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
    var marks = [];
    parts.forEach(function (part) {
      var at = text.indexOf(part);
      if (at >= 0) { marks.push([at, at + part.length]); }
    });
    if (!marks.length) { return; }
    marks.sort(function (a, b) { return a[0] - b[0]; });
    paragraph.textContent = "";
    var last = 0;
    marks.forEach(function (m) {
      if (m[0] < last) { return; }
      paragraph.appendChild(document.createTextNode(text.slice(last, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      paragraph.appendChild(mark);
      last = m[1];
    });
    paragraph.appendChild(document.createTextNode(text.slice(last)));
  }

  function showClause(anchor, sentence, attempt) {
    openTab("条款");
    var target = document.getElementById(anchor);
    if (!target) {
      if ((attempt || 0) < 40) {
        setTimeout(function () { showClause(anchor, sentence, (attempt || 0) + 1); }, 100);
      }
      return;
    }
    var old = document.querySelectorAll(".clause-highlight");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("clause-highlight"); }
    target.classList.add("clause-highlight");
    highlightIn(target, sentence);
    target.scrollIntoView({ block: "start" });
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    closePanel();
  }

  function panel() {
    var aside = $("#clause-panel");
    if (aside) { return aside; }
    aside = document.createElement("aside");
    aside.id = "clause-panel";
    aside.hidden = true;
    aside.setAttribute("role", "dialog");
    aside.setAttribute("aria-label", "条款原文");
    document.body.appendChild(aside);
    return aside;
  }

  function closePanel() {
    var aside = $("#clause-panel");
    if (aside && !aside.hidden) {
      aside.hidden = true;
      if (aside._opener) { aside._opener.focus(); }
    }
  }

  function openPanel(marker) {
    var item = marker.closest("li.cite");
    var anchor = new URLSearchParams(marker.getAttribute("href").split("?")[1] || "")
      .get("clause");
    var quoted = item.querySelector(".cite-text");
    var sentence = quoted ? quoted.textContent : "";
    var label = item.textContent.replace(sentence, "").replace(/^\[\d+\]\s*/, "").trim();
    var aside = panel();
    aside.textContent = "";
    var title = document.createElement("h3");
    title.textContent = label;
    var clause = document.getElementById(anchor);
    var body = document.createElement("div");
    body.className = "clause";
    var paragraph = document.createElement("p");
    paragraph.textContent = clause ? (clause.querySelector("p") || clause).textContent
      : sentence;
    body.appendChild(paragraph);
    highlightIn(body, sentence);
    var actions = document.createElement("div");
    actions.className = "panel-actions";
    var view = document.createElement("button");
    view.type = "button";
    view.textContent = "在条款中查看";
    view.addEventListener("click", function () {
      history.replaceState(null, "", "?clause=" + encodeURIComponent(anchor));
      showClause(anchor, sentence);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "关闭";
    close.addEventListener("click", closePanel);
    actions.appendChild(view);
    actions.appendChild(close);
    aside.appendChild(title);
    aside.appendChild(body);
    aside.appendChild(actions);
    aside._opener = marker;
    aside.hidden = false;
    view.focus();
  }

  function openDeepLink() {
    var anchor = new URLSearchParams(location.search).get("clause");
    if (!anchor && location.hash.indexOf("#clause-") === 0) {
      try { anchor = decodeURIComponent(location.hash.slice(1)); } catch (e) { anchor = null; }
    }
    if (anchor) { showClause(anchor, ""); }
  }

  /* --- copy, votes, memory chips --- */
  function copyText(text, link) {
    function done() {
      var before = link.textContent;
      link.textContent = "已复制";
      setTimeout(function () { link.textContent = before; }, 1500);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
  }

  /* A card's turn is its place among the cards: every stored turn is one card. */
  function turnOf(card) {
    return Array.prototype.indexOf.call(document.querySelectorAll("#chat .answer-card"), card);
  }

  /* The reply as plain text for a letter or a ticket: verdict, answer, working, sources. */
  function replyText(card) {
    var lines = [];
    function text(node) { return node ? node.textContent.replace(/\s+/g, " ").trim() : ""; }
    var badge = card.querySelector(".status-badge");
    lines.push("【" + text(badge).replace(" · ", "｜") + "】");
    ["card-amount", "card-headline", "card-asked"].forEach(function (name) {
      var node = card.querySelector("." + name);
      if (node) { lines.push(text(node)); }
    });
    var paragraphs = card.querySelectorAll(":scope > p:not([class])");
    for (var i = 0; i < paragraphs.length; i++) { lines.push(text(paragraphs[i])); }
    var working = card.querySelectorAll(".working li");
    if (working.length) {
      lines.push("", "计算过程与条件：");
      for (var j = 0; j < working.length; j++) { lines.push("- " + text(working[j])); }
    }
    var cites = card.querySelectorAll("li.cite");
    if (cites.length) {
      lines.push("", "出处：");
      for (var k = 0; k < cites.length; k++) {
        var sentence = text(cites[k].querySelector(".cite-text"));
        var label = text(cites[k]).replace(sentence, "").trim();
        lines.push(label + "：" + sentence);
      }
    }
    return lines.join("\n");
  }

  function commentBox(card, turn) {
    if (card.querySelector(".vote-comment")) { return; }
    var row = document.createElement("div");
    row.className = "vote-comment";
    var area = document.createElement("textarea");
    area.setAttribute("aria-label", "补充说明（可选）");
    area.placeholder = "可选：补充说明哪里好、哪里不对";
    area.maxLength = 1000;
    var submit = document.createElement("button");
    submit.type = "button";
    submit.textContent = "提交说明";
    submit.addEventListener("click", function () {
      send("comment:" + turn + ":" + area.value);
      row.textContent = "感谢反馈，已记录。";
    });
    row.appendChild(area);
    row.appendChild(submit);
    card.appendChild(row);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var marker = target.closest("a.cite-marker");
    if (marker) { event.preventDefault(); openPanel(marker); return; }
    var copy = target.closest("a.copy-reply");
    if (copy) {
      event.preventDefault();
      copyText(replyText(copy.closest(".answer-card")), copy);
      return;
    }
    var vote = target.closest("a.vote");
    if (vote) {
      event.preventDefault();
      var card = vote.closest(".answer-card");
      var turn = turnOf(card);
      var votes = card.querySelectorAll("a.vote");
      for (var i = 0; i < votes.length; i++) { votes[i].classList.remove("voted"); }
      vote.classList.add("voted");
      send("vote:" + turn + ":" + (vote.classList.contains("vote-up") ? "up" : "down"));
      commentBox(card, turn);
      return;
    }
    var forget = target.closest("button.forget");
    if (forget) { event.preventDefault(); send("forget:" + forget.getAttribute("data-key")); return; }
    var edit = target.closest("button.edit-fact");
    if (edit) { event.preventDefault(); openTab("咨询"); setInput(edit.getAttribute("data-text")); return; }
    var link = target.closest("a.clause-link");
    if (link) {
      event.preventDefault();
      var anchor = new URLSearchParams(link.getAttribute("href").split("?")[1] || "")
        .get("clause");
      if (!anchor) { return; }
      history.replaceState(null, "", "?clause=" + encodeURIComponent(anchor));
      showClause(anchor, "");
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closePanel(); }
  });

  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "helpdesk-toggle") {
      document.body.classList.toggle("helpdesk", event.target.checked);
      try { localStorage.setItem("helpdesk", event.target.checked ? "1" : ""); } catch (e) { /* private mode */ }
    }
  });

  /* --- each new answer: scroll to its start, focus the input --- */
  var seenCards = -1;
  function scrollableOf(element) {
    for (var node = element.parentElement; node; node = node.parentElement) {
      var style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) {
        return node;
      }
    }
    return null;
  }

  function onChatChange() {
    var cards = document.querySelectorAll("#chat .answer-card");
    if (cards.length === seenCards) { return; }
    var grew = seenCards >= 0 && cards.length > seenCards;
    seenCards = cards.length;
    if (!cards.length) { return; }
    var last = cards[cards.length - 1];
    var box = scrollableOf(last);
    if (box) {
      var top = last.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += top - 8;
    }
    if (grew) { var field = input(); if (field) { field.focus({ preventScroll: true }); } }
  }

  function start() {
    var chat = $("#chat");
    var field = input();
    if (!chat || !field) { setTimeout(start, 100); return; }
    addSkipLink();
    var labels = { "chat-input": "提问输入框", "clause-query": "检索条款输入框" };
    Object.keys(labels).forEach(function (id) {
      var box = $("#" + id + " textarea, #" + id + " input");
      if (box && !box.getAttribute("aria-label")) { box.setAttribute("aria-label", labels[id]); }
    });
    var toggle = $("#helpdesk-toggle");
    try {
      if (toggle && localStorage.getItem("helpdesk")) {
        toggle.checked = true;
        document.body.classList.add("helpdesk");
      }
    } catch (e) { /* private mode */ }
    new MutationObserver(function () { setTimeout(onChatChange, 30); })
      .observe(chat, { childList: true, subtree: true });
    onChatChange();
    field.focus({ preventScroll: true });
    openDeepLink();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
