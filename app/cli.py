"""Command line: ``policy-assistant ingest | search | serve | eval-retrieval | bench``.

Every command goes through ``app.bootstrap``; none re-implements a stage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from app.assistant.message_checks import unreadable_characters
from app.config import Settings
from app.ingest.loader import CorpusError
from app.retrieval.index_files import IndexUnavailableError
from app.rules.loader import RuleFileError


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one command; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if any(isinstance(v, str) and unreadable_characters(v) for v in vars(args).values()):
        # Bytes that are not UTF-8 reach Python as lone surrogates; nothing downstream can
        # process them, so say so instead of failing deep inside the embedder.
        print("输入中含有无法识别的字符（不是有效的 UTF-8 编码），请检查后重试。", file=sys.stderr)
        return 2
    settings = Settings()
    try:
        return int(args.handler(args, settings))
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except (IndexUnavailableError, CorpusError, RuleFileError) as exc:
        print(f"无法完成：{exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policy-assistant",
                                     description="政策问答助手：条款检索、资格判断与金额计算")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="从 corpus/ 构建 indexes/（只重建变化部分）")
    ingest.add_argument("--force", action="store_true", help="忽略清单，完整重建")
    ingest.set_defaults(handler=_ingest)

    rules = commands.add_parser("rules", help="列出全部政策规则")
    rules.add_argument("--json", action="store_true")
    rules.set_defaults(handler=_rules)

    calc = commands.add_parser("calc", help="按规则计算金额：calc RULE_ID 名称=值 …")
    calc.add_argument("rule_id")
    calc.add_argument("facts", nargs="*", help="例如 service_value_yuan=800万")
    calc.add_argument("--json", action="store_true")
    calc.set_defaults(handler=_calc)

    ask = commands.add_parser("ask", help="提问，得到有出处的回答")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="输出 Answer JSON")
    ask.add_argument("--session", default=None, help="会话 ID，跨次调用记住上下文")
    ask.set_defaults(handler=_ask)

    evaluate = commands.add_parser("eval", help="运行评测用例，输出 answers.jsonl 与报告")
    evaluate.add_argument("datasets", nargs="+")
    evaluate.add_argument("--out", default="eval-out")
    evaluate.set_defaults(handler=_eval)

    feedback = commands.add_parser("feedback", help="导出用户反馈")
    feedback_commands = feedback.add_subparsers(dest="feedback_command", required=True)
    export = feedback_commands.add_parser("export", help="导出反馈")
    export.add_argument("--csv", action="store_true", help="CSV 格式（默认）")
    export.set_defaults(handler=_feedback_export)

    search = commands.add_parser("search", help="检索最相关的条款")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=None, help="返回条数（默认 5）")
    search.add_argument("--json", action="store_true", help="以 JSON 输出命中列表")
    search.add_argument("--mode", choices=["hybrid", "dense", "keyword"], default="hybrid")
    search.set_defaults(handler=_search)

    serve = commands.add_parser("serve", help="启动网页（默认 127.0.0.1:7860）")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.set_defaults(handler=_serve)

    retrieval_eval = commands.add_parser("eval-retrieval", help="检索评测：recall@1/5、MRR")
    retrieval_eval.add_argument("dataset", nargs="?", default="evals/retrieval/queries.jsonl")
    retrieval_eval.add_argument("--json", action="store_true")
    retrieval_eval.set_defaults(handler=_eval_retrieval)

    bench = commands.add_parser("bench", help="热启动延迟基准（p50/p95）")
    bench.add_argument("target", choices=["search", "answers"], nargs="?", default="search")
    bench.add_argument("--dataset", action="append", default=None,
                       help="search: evals/retrieval/queries.jsonl；answers: evals/datasets")
    bench.add_argument("--rounds", type=int, default=5)
    bench.set_defaults(handler=_bench)

    load = commands.add_parser("loadtest", help="对 /api/ask 的并发压测（仅限本机地址）")
    load.add_argument("--url", default="http://127.0.0.1:7860")
    load.add_argument("--clients", type=int, default=32)
    load.add_argument("--questions", type=int, default=20, help="每个客户端的问题数")
    load.add_argument("--duration", type=float, default=None,
                      help="按时长压测（秒），代替 --questions")
    load.add_argument("--think-ms", type=float, default=0.0, help="每个客户端两次提问的间隔")
    load.add_argument("--pid", type=int, default=None, help="服务进程号（采样其内存）")
    load.add_argument("--spawn", action="store_true",
                      help="自行启动一个服务（临时状态目录），压测后关闭")
    load.add_argument("--ingest-during", action="store_true",
                      help="与 --spawn 同用：压测中途运行 ingest --force，并检查新索引生效")
    load.set_defaults(handler=_loadtest)
    return parser


def _progress(done: int, total: int) -> None:
    print(f"\r嵌入条款 {done}/{total}", end="" if done < total else "\n", file=sys.stderr,
          flush=True)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from app.ingest.index_builder import ensure_index
    from app.ingest.loader import CorpusError
    from app.retrieval.embedders import make_embedder
    from app.rules.loader import RuleFileError, load_rulebook

    try:
        book = load_rulebook(settings.corpus_dir / "rules")
    except RuleFileError as exc:
        print(f"规则文件有误：{exc}", file=sys.stderr)
        return 2
    print(f"规则校验通过：{len(book.rules)} 条规则")
    try:
        report = ensure_index(settings, make_embedder(settings), progress=_progress,
                              force=args.force)
    except CorpusError as exc:
        print(f"语料文件有误：{exc}", file=sys.stderr)
        return 2
    if report.rebuilt:
        print(f"已重建索引（{report.reason}）：{report.chunk_count} 个条款，"
              f"新嵌入 {report.embedded}，复用 {report.reused} → {report.build_dir}")
    else:
        print(f"{report.reason}：{report.chunk_count} 个条款 → {report.build_dir}")
    return 0


def _rules(args: argparse.Namespace, settings: Settings) -> int:
    from app.rules.loader import load_rulebook
    from app.rules.presentation import rule_summary, rules_table

    book = load_rulebook(settings.corpus_dir / "rules")
    if args.json:
        print(json.dumps([rule_summary(rule) for rule in book.rules], ensure_ascii=False,
                         indent=2))
    else:
        print(rules_table(book.rules))
    return 0


def _calc(args: argparse.Namespace, settings: Settings) -> int:
    from app.rules.calculator import calculate
    from app.rules.fact_values import FactValueError, facts_from_pairs
    from app.rules.loader import load_rulebook
    from app.rules.presentation import calculation_text

    book = load_rulebook(settings.corpus_dir / "rules")
    try:
        rule = book.rule(args.rule_id)
    except KeyError:
        print(f"没有规则 {args.rule_id}；用 policy-assistant rules 查看全部规则。", file=sys.stderr)
        return 2
    try:
        facts = facts_from_pairs(args.facts, book.vocabulary)
    except FactValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    calculation = calculate(rule, facts)
    if args.json:
        print(calculation.model_dump_json(indent=2))
    else:
        print(calculation_text(calculation))
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from app.assistant.message_checks import input_problem
    from app.bootstrap import build_assistant

    problem = input_problem(args.question)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    assistant = build_assistant(settings, progress=_progress)
    # A CLI session is a local name, kept apart from the ids the server issues.
    session = f"cli:{args.session}" if args.session else None
    answer = assistant.answer(session, args.question)
    answer = answer.model_copy(update={"session_id": args.session})
    assistant.close()
    if args.json:
        print(answer.model_dump_json())
    else:
        print(answer.answer)
        for citation in answer.citations:
            print(f"\n[{citation.doc_id} {citation.article}{citation.item or ''}] {citation.text}")
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from app.bootstrap import build_assistant
    from app.evaluation.answer_eval import run_eval

    # Latency in the report is real embedding, not cache hits on repeated questions.
    assistant = build_assistant(settings.model_copy(update={"query_cache_size": 0}),
                                progress=_progress)
    summary = run_eval(assistant, args.datasets, Path(args.out))
    print(f"pass rate {summary['pass_rate']:.1%} ({summary['passed']}/{summary['cases']}), "
          f"wrong amounts {summary['wrong_amounts']}, "
          f"numbers without backing {summary['numbers_without_backing']}, "
          f"latency {summary['latency_ms']} → {args.out}/report.md")
    return 0


def _feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    from app.assistant.feedback import FeedbackStore

    print(FeedbackStore(settings.state_dir / "feedback.sqlite3").export_csv(), end="")
    return 0


def _search(args: argparse.Namespace, settings: Settings) -> int:
    from app.bootstrap import build_searcher
    from app.retrieval.presentation import hit_to_dict, hits_to_text

    if not args.query.strip():
        print("请输入要检索的内容。", file=sys.stderr)
        return 2
    searcher = build_searcher(settings, progress=_progress)
    hits = searcher.search(args.query, k=args.k or settings.search_k, mode=args.mode)
    if args.json:
        print(json.dumps([hit_to_dict(hit) for hit in hits], ensure_ascii=False, indent=2))
    else:
        print(hits_to_text(hits) if hits else "没有找到相关条款。")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.web.server import serve

    serve(settings, host=args.host or settings.host, port=args.port or settings.port)
    return 0


def _eval_retrieval(args: argparse.Namespace, settings: Settings) -> int:
    from app.evaluation.retrieval_eval import run_retrieval_eval

    report = run_retrieval_eval(settings, args.dataset)
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if args.json
          else report.to_markdown())
    return 0


def _bench(args: argparse.Namespace, settings: Settings) -> int:
    from app.evaluation.bench import run_answer_bench, run_search_bench

    if args.target == "answers":
        print(run_answer_bench(settings, args.dataset or ["evals/datasets"], rounds=args.rounds))
    else:
        dataset = (args.dataset or ["evals/retrieval/queries.jsonl"])[0]
        print(run_search_bench(settings, dataset, rounds=args.rounds))
    return 0


def _loadtest(args: argparse.Namespace, settings: Settings) -> int:
    from urllib.parse import urlparse

    from app.evaluation.load_test import run_load_test

    if args.spawn:
        from app.evaluation.serve_load import run_serve_load

        print(run_serve_load(settings, args.clients, args.duration or 60.0, args.think_ms,
                             args.ingest_during))
        return 0
    host = urlparse(args.url).hostname or ""
    if not (host in ("localhost", "::1") or host.startswith("127.")):
        print("压测只允许指向本机地址（127.0.0.1 / localhost）。", file=sys.stderr)
        return 2
    print(run_load_test(args.url, clients=args.clients, questions_per_client=args.questions,
                        duration_s=args.duration, think_ms=args.think_ms, server_pid=args.pid))
    return 0
