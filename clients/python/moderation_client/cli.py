"""`moderate`: judge a text, an image file, or a JSONL file of texts from the command line.

    moderate "some text"
    moderate --file photo.png
    moderate --jsonl texts.jsonl[.gz] --out verdicts.jsonl
    cat texts.jsonl | moderate --jsonl - | wc -l        # `-` is stdin (and stdout for --out)
    moderate --jsonl big.jsonl.gz --job --out verdicts.jsonl   # a bulk job, half price on Haiku
    moderate jobs list | show NAME | cancel NAME | delete NAME | results NAME [--out FILE]
    moderate policies shadow-report [POLICY] | promote POLICY [--version V]

JSONL lines need a "text" (or "prompt") field and may carry an "id" (else the line number).
Per-item results go to --out, or to stdout when it is not a terminal, in input order
(--unordered: as they complete), each with its input "line"; the summary goes to stderr.

Exit status: 0 every item got a verdict; 1 some item got an error or no result;
2 bad arguments or input, an unwritable output, or a failed call; 130 interrupted;
141 the reader of stdout went away (`| head`).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from google.protobuf.json_format import MessageToDict

from moderation_client.channel import (
    DEFAULT_TARGET,
    ENV_CA_FILE,
    ENV_CERT_FILE,
    ENV_KEY_FILE,
    ENV_SERVER_NAME,
    ENV_TARGET,
    ENV_TLS,
    ENV_TOKEN,
    Connection,
)
from moderation_client.client import (
    DEFAULT_TIMEOUT,
    ModerationClient,
    ModerationRpcError,
    image_item,
    text_item,
)
from moderation_client.diagnose import explain
from moderation_client.jsonl import STDIN, CliError, Source, count_lines, read_jsonl
from moderation_client.output import (
    DECISIONS,
    Format,
    Reorder,
    Writer,
    describe,
    describe_promotion,
    describe_shadow_report,
)
from moderation_client.progress import Progress
from moderation_client.v1 import moderation_pb2 as pb

__all__ = ["CliError", "count_lines", "main", "read_jsonl"]

OK, SOME_FAILED, USAGE, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 130, 141
# Job polls: the first within a second, then less often, never more than 15 s apart.
POLL_DELAYS = (0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 15.0)


class JobInterrupted(Exception):
    """Ctrl-C while following a job: the job itself goes on."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"interrupted; {name} keeps running on the server. Its results: "
            f"moderate jobs results {name} --out FILE (or: moderate jobs cancel {name})"
        )


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_image(path: Path) -> pb.Item:
    try:
        return image_item(path)
    except OSError as err:
        raise CliError(f"cannot read {path}: {err.strerror}") from None


@contextmanager
def output(arg: str | None) -> Iterator[IO[str] | None]:
    """The per-item results' destination: --out FILE, `-` or a non-terminal stdout, else None.

    Failing to open, write or close the file is a CliError naming it.
    """
    if arg == STDIN or (arg is None and not sys.stdout.isatty()):
        yield sys.stdout
        return
    if arg is None:
        yield None
        return
    try:
        with Path(arg).open("w", encoding="utf-8") as fh:
            yield fh
    except OSError as err:
        raise CliError(f"cannot write {arg}: {err.strerror or err}") from None


# Per-item errors said on stderr before the rest are only counted (all are in the output).
ERRORS_SAID = 10


def item_error(name: str, line: int, error: pb.ItemError) -> str:
    """`texts.jsonl:7: empty item: ... (text)`: the input's file and line, not `items[0]`."""
    message = error.message
    if error.field and message.startswith(f"{error.field}: "):
        message = message.removeprefix(f"{error.field}: ")
    part = _item_field(error.field)
    return f"{name}:{line}: {message}" + (f" ({part})" if part else "")


class Tally:
    """Decisions, errors and flagged categories over the results written.

    The first per-item errors are said on stderr, named by the input's file and line.
    """

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.decisions: Counter[str] = Counter()
        self.categories: Counter[str] = Counter()
        self.errors = 0
        self.results = 0

    def add(self, result: pb.ItemResult, line: int = 0) -> None:
        self.results += 1
        if result.HasField("error"):
            self.errors += 1
            if self.name and self.errors <= ERRORS_SAID:
                say(item_error(self.name, line, result.error))
            return
        self.decisions[DECISIONS.get(result.verdict.decision, "?")] += 1
        self.categories.update(c.category for c in result.verdict.categories if c.flagged)

    def summary(self, items: int, name: str) -> str:
        counts = ", ".join(f"{self.decisions[d]} {d}" for d in ("allow", "review", "block"))
        text = f"{items} items from {name}: {counts}, {self.errors} error"
        if items > self.results:
            text += f", {items - self.results} without a result"
        if self.categories:
            text += "; flagged: " + ", ".join(f"{c} {n}" for c, n in self.categories.most_common())
        return text


@contextmanager
def interrupt_cancels(cancel: Callable[[], None]) -> Iterator[None]:
    """Ctrl-C (SIGINT) cancels the calls instead of raising KeyboardInterrupt wherever the
    main thread is: raised inside gRPC's code, it can leave a call's lock held, and the
    channel's close then waits forever. The cancel runs in a thread of its own (a signal
    handler may interrupt the main thread while it holds that lock); the calls end with
    CANCELLED, and the block ends with KeyboardInterrupt. A second Ctrl-C raises at once."""
    hit = threading.Event()

    def on_sigint(signum: int, frame: object) -> None:
        if hit.is_set():
            raise KeyboardInterrupt
        hit.set()
        threading.Thread(target=cancel, name="cancel-on-sigint", daemon=True).start()

    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    except ModerationRpcError:
        if hit.is_set():
            raise KeyboardInterrupt from None
        raise
    finally:
        signal.signal(signal.SIGINT, previous)
    if hit.is_set():
        raise KeyboardInterrupt


def run_jsonl(
    client: ModerationClient,
    source: Source,
    policy: str,
    writer: Writer | None,
    ordered: bool = True,
) -> int:
    """Stream the rows; write each result (in input order unless not `ordered`)."""
    total = count_lines(source) if source.countable else None
    progress = Progress("moderating", total)
    reorder = Reorder(ordered)
    users: dict[int, str] = {}  # line -> the caller's id; on the wire the line is the id
    tally = Tally(source.name)

    def items() -> Iterator[pb.Item]:
        for row in read_jsonl(source):
            users[row.line] = row.item.id
            reorder.sent(row.line)
            yield pb.Item(id=str(row.line), text=row.item.text)

    def emit(line: int, result: pb.ItemResult) -> None:
        result.item_id = users.pop(line, result.item_id)
        tally.add(result, line)
        if writer is not None:
            writer.write(line, result)
        progress.update(tally.results)

    try:
        with interrupt_cancels(client.cancel_streams):
            for result in client.stream(items(), policy_id=policy):
                line = int(result.item_id) if result.item_id.isdigit() else -1
                for ready in reorder.arrived(line, result):
                    emit(*ready)
    finally:
        for ready in reorder.rest():
            emit(*ready)
        progress.close()
    sent = tally.results + len(reorder.missing())
    say(tally.summary(sent, source.name))
    if writer is None:
        say("per-item results: --out FILE, or --out - (stdout)")
    if reorder.missing():
        lines = ", ".join(map(str, reorder.missing()[:10]))
        say(f"{len(reorder.missing())} items got no result (lines {lines})")
        return SOME_FAILED
    return OK if tally.errors == 0 else SOME_FAILED


JOB_STATES = {
    pb.JOB_STATE_PENDING: "pending",
    pb.JOB_STATE_RUNNING: "running",
    pb.JOB_STATE_SUCCEEDED: "succeeded",
    pb.JOB_STATE_CANCELLED: "cancelled",
}
ENDED = (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED)


def job_eta(job: pb.Job) -> float | None:
    if not job.HasField("estimated_end_time"):
        return None
    return max(0.0, job.estimated_end_time.ToMicroseconds() / 1e6 - time.time())


def describe_job(job: pb.Job) -> str:
    c = job.counts
    eta = job_eta(job)
    left = f", about {int(eta)} s left" if eta is not None else ""
    owner = f" owner {job.owner}" if job.owner else ""
    return (
        f"{job.name} {JOB_STATES.get(job.state, '?')} [{job.backend}]{owner} "
        f"policy {job.policy_id}: "
        f"{job.item_count} items, {c.pending} pending, {c.allowed} allow, {c.review} review, "
        f"{c.blocked} block, {c.errors} errors, ${job.usage.estimated_cost_usd:.4f}{left}"
    )


def follow_job(client: ModerationClient, job: pb.Job) -> pb.Job:
    """Poll GetJob until the job ends: soon at first, then backing off; a progress line."""
    progress = Progress(f"{job.name}", job.item_count)
    progress.interval = 0.0  # polls are seconds apart: draw each
    try:
        polls = 0
        while job.state not in ENDED:
            time.sleep(POLL_DELAYS[min(polls, len(POLL_DELAYS) - 1)])
            polls += 1
            job = client.get_job(job.name)
            progress.update(job.item_count - job.counts.pending, job.item_count, job_eta(job))
    finally:
        progress.close()
    return job


def run_job(client: ModerationClient, source: Source, policy: str, writer: Writer | None) -> int:
    """Submit the rows as a job, follow its counts, then write its results in input order."""
    lines: list[int] = []

    def items() -> Iterator[pb.Item]:
        for row in read_jsonl(source):
            lines.append(row.line)
            yield row.item

    job = client.create_job(items(), policy_id=policy)
    try:  # from the moment the job exists, Ctrl-C says how to get its results
        say(f"submitted {job.name} ({job.item_count} items, {job.backend})")
        job = follow_job(client, job)
        say(describe_job(job))
        tally = Tally(source.name)
        for n, response in enumerate(client.job_results(job.name)):
            line = lines[n] if n < len(lines) else -1
            tally.add(response.result, line)
            if writer is not None:
                writer.write(line, response.result)
    except KeyboardInterrupt:
        raise JobInterrupted(job.name) from None
    say(tally.summary(job.item_count, source.name))
    if tally.results < job.item_count:
        return SOME_FAILED
    return OK if tally.errors == 0 else SOME_FAILED


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    """--target, --timeout, the token and TLS: the same for `moderate` and `moderate jobs`."""
    parser.add_argument(
        "--target",
        help=f"server host:port, or a gRPC target such as dns:///name:port "
        f"[env {ENV_TARGET}, default {DEFAULT_TARGET}]",
    )
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per call")
    conn = parser.add_argument_group("TLS and authentication")
    conn.add_argument(
        "--token", help=f"bearer token sent with every call [env {ENV_TOKEN}, preferred]"
    )
    conn.add_argument(
        "--tls",
        action="store_true",
        default=None,
        help=f"use TLS with the system's CAs [env {ENV_TLS}=1]",
    )
    conn.add_argument(
        "--ca-file", type=Path, help=f"CA (PEM) the server is checked against [env {ENV_CA_FILE}]"
    )
    conn.add_argument(
        "--cert-file", type=Path, help=f"client certificate (PEM) for mTLS [env {ENV_CERT_FILE}]"
    )
    conn.add_argument(
        "--key-file", type=Path, help=f"client certificate's key (PEM) [env {ENV_KEY_FILE}]"
    )
    conn.add_argument(
        "--server-name",
        help=f"name to check the server certificate for, if not the target's [env "
        f"{ENV_SERVER_NAME}]",
    )


def connection(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Connection:
    try:
        return Connection.resolve(
            args.target,
            token=args.token,
            tls=args.tls,
            ca_file=args.ca_file,
            cert_file=args.cert_file,
            key_file=args.key_file,
            server_name=args.server_name,
        )
    except ValueError as err:
        parser.error(str(err))


def connect(conn: Connection, timeout: float) -> ModerationClient:
    """A client over `conn`; an unreadable CA, certificate or key file is a CliError."""
    try:
        return ModerationClient(
            conn.target,
            timeout=timeout,
            token=conn.token,
            tls=conn.tls,
            ca_file=conn.ca_file,
            cert_file=conn.cert_file,
            key_file=conn.key_file,
            server_name=conn.server_name,
        )
    except OSError as err:
        raise CliError(f"cannot read {err.filename}: {err.strerror}") from None


def jobs_main(argv: Sequence[str]) -> int:
    """`moderate jobs list | show NAME | cancel NAME | delete NAME | results NAME`."""
    parser = argparse.ArgumentParser(prog="moderate jobs", description="Show and manage jobs.")
    parser.add_argument("action", choices=["list", "show", "cancel", "delete", "results"])
    parser.add_argument("name", nargs="?", help="the job, jobs/<id>")
    add_connection_arguments(parser)
    parser.add_argument("--out", help="results: write each result as JSON here (- is stdout)")
    parser.add_argument("--page-token", default="", help="results: resume after this token")
    args = parser.parse_args(argv)
    if args.action != "list" and not args.name:
        parser.error(f"{args.action} needs a job name")
    conn = connection(args, parser)
    with _explained(conn), connect(conn, args.timeout) as client:
        if args.action == "list":
            token = ""
            while True:
                page = client.list_jobs(page_token=token)
                for job in page.jobs:
                    print(describe_job(job))
                token = page.next_page_token
                if not token:
                    return OK
        if args.action == "show":
            print(describe_job(client.get_job(args.name)))
        elif args.action == "cancel":
            print(describe_job(client.cancel_job(args.name)))
        elif args.action == "delete":
            print(f"deleted {client.delete_job(args.name)}")
        else:
            with output(args.out or STDIN) as fh:
                assert fh is not None
                for r in client.job_results(args.name, args.page_token):
                    fh.write(
                        json.dumps({**MessageToDict(r.result), "page_token": r.page_token}) + "\n"
                    )
    return OK


def policies_main(argv: Sequence[str]) -> int:
    """`moderate policies shadow-report [POLICY] | promote POLICY` (the admin role's, where
    tenants exist)."""
    parser = argparse.ArgumentParser(
        prog="moderate policies", description="Shadow candidates: their reports, promotion."
    )
    parser.add_argument("action", choices=["shadow-report", "promote"])
    parser.add_argument("policy", nargs="?", default="", help="the candidate policy's id")
    add_connection_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    parser.add_argument(
        "--version",
        default="",
        help="promote: only if the candidate is still at this version (its report's)",
    )
    args = parser.parse_args(argv)
    if args.action == "promote" and not args.policy:
        parser.error("promote needs the candidate policy's id")
    conn = connection(args, parser)
    with _explained(conn), connect(conn, args.timeout) as client:
        if args.action == "promote":
            answer = client.promote_shadow_policy(args.policy, args.version)
            print(
                json.dumps(MessageToDict(answer), indent=2)
                if args.json
                else describe_promotion(answer)
            )
            return OK
        reports = client.shadow_reports(args.policy)
    if args.json:
        print(json.dumps([MessageToDict(r) for r in reports], indent=2))
    elif not reports:
        named = f" {args.policy!r}" if args.policy else ""
        say(f"no shadow report: no candidate policy{named} (shadow_of), or none judged yet")
    else:
        print("\n\n".join(describe_shadow_report(r) for r in reports))
    return OK


@contextmanager
def _explained(conn: Connection) -> Iterator[None]:
    """A channel that never came up becomes its cause, found by dialling the target."""
    try:
        yield
    except ModerationRpcError as err:
        if err.code.name == "UNAVAILABLE":
            cause = explain(conn)
            if cause is not None:
                raise CliError(f"cannot use {conn.target}: {cause}") from None
        raise


def one_line(err: ModerationRpcError, subject: str | None = None) -> str:
    """The error once; bad input about the one item is named by `subject` (a file, the text)."""
    if subject is not None and err.violations:
        return "; ".join(
            f"{subject}: {desc}" + (f" ({rest})" if (rest := _item_field(f)) else "")
            for f, desc in err.violations
        )
    return f"{err.code.name}: {err.message}"


def _item_field(field: str) -> str:
    """`items[0].image.data` -> `image.data`: the part of the item at fault."""
    return field.split("].", 1)[1] if "]." in field else ""


def main(argv: Sequence[str] | None = None) -> int:
    """`moderate`, `moderate jobs` or `moderate policies`; bad input or output and failed
    calls are one line each."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["jobs"]:
            return jobs_main(argv[1:])
        if argv[:1] == ["policies"]:
            return policies_main(argv[1:])
        return moderate_main(argv)
    except (CliError, ModerationRpcError) as err:
        say(str(err))
        return USAGE
    except JobInterrupted as err:
        say(str(err))
        return INTERRUPTED
    except KeyboardInterrupt:
        say("interrupted")
        return INTERRUPTED
    except BrokenPipeError:
        # `moderate --jsonl x | head`: the reader stopped. Not every item's result was
        # taken, so not 0; 141 as a shell reports a pipe's writer killed by SIGPIPE.
        # stdout now goes nowhere, so exiting does not fail flushing it a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE


def moderate_main(argv: Sequence[str]) -> int:
    """`moderate TEXT | --file IMAGE | --jsonl FILE [--job]`."""
    parser = argparse.ArgumentParser(
        prog="moderate",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("text", nargs="?", help="a text to judge")
    parser.add_argument("--file", type=Path, help="an image file to judge")
    parser.add_argument("--jsonl", help="a JSONL(.gz) file of texts to judge; - is stdin")
    parser.add_argument(
        "--out", help="with --jsonl: write each result here; - is stdout (the default when piped)"
    )
    parser.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default=Format.JSONL.value,
        help="with --jsonl: how each result is written (default jsonl)",
    )
    parser.add_argument(
        "--unordered",
        action="store_true",
        help="with --jsonl: write results as they complete, not in input order",
    )
    add_connection_arguments(parser)
    parser.add_argument("--policy", default="", help="policy id (default: the server's)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--job", action="store_true", help="with --jsonl: submit as a bulk job (Message Batches)"
    )
    args = parser.parse_args(argv)
    if sum(x is not None for x in (args.text, args.file, args.jsonl)) != 1:
        parser.error("give exactly one of: a text, --file or --jsonl")
    conn = connection(args, parser)
    with _explained(conn), connect(conn, args.timeout) as client:
        if args.jsonl is not None:
            source = Source.of(args.jsonl)
            with output(args.out) as out:
                writer = Writer(out, Format(args.format)) if out is not None else None
                if args.job:
                    return run_job(client, source, args.policy, writer)
                return run_jsonl(client, source, args.policy, writer, not args.unordered)
        if args.file is not None:
            item, subject = read_image(args.file), str(args.file)
        else:
            item, subject = text_item(args.text, "text"), "the text argument"
        try:
            [result] = client.moderate([item], policy_id=args.policy)
        except ModerationRpcError as err:
            if err.code.name != "INVALID_ARGUMENT":
                raise
            raise CliError(one_line(err, subject)) from None
    if args.json:
        print(json.dumps(MessageToDict(result), indent=2))
    else:
        print(describe(result))
    return SOME_FAILED if result.HasField("error") else OK


if __name__ == "__main__":
    sys.exit(main())
