"""`moderate`: judge a text, an image file, or a JSONL file of texts from the command line.

    moderate "some text"
    moderate --file photo.png
    moderate --jsonl texts.jsonl[.gz] --out verdicts.jsonl
    moderate --jsonl big.jsonl.gz --job --out verdicts.jsonl   # a bulk job, half price on Haiku
    moderate jobs list | show NAME | cancel NAME | delete NAME | results NAME [--out FILE]

JSONL lines need a "text" (or "prompt") field and may carry an "id" (else the line number).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from google.protobuf.json_format import MessageToDict
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from moderation.v1 import moderation_pb2 as pb
from moderation_client.channel import (
    DEFAULT_TARGET,
    ENV_CA_FILE,
    ENV_CERT_FILE,
    ENV_KEY_FILE,
    ENV_SERVER_NAME,
    ENV_TARGET,
    ENV_TLS,
    ENV_TOKEN,
)
from moderation_client.client import (
    DEFAULT_TIMEOUT,
    ModerationClient,
    ModerationRpcError,
    image_item,
    text_item,
)

DECISIONS = {pb.DECISION_ALLOW: "allow", pb.DECISION_REVIEW: "review", pb.DECISION_BLOCK: "block"}
SOURCES = {
    pb.VERDICT_SOURCE_MODEL: "model",
    pb.VERDICT_SOURCE_CACHE: "cache",
    pb.VERDICT_SOURCE_BLOCKLIST: "blocklist",
    pb.VERDICT_SOURCE_FALLBACK: "fallback",
    pb.VERDICT_SOURCE_REFUSAL: "refusal",
}


class CliError(Exception):
    """Input or output the command cannot use: reported as one line, exit status 2."""


def _open(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The file's non-blank lines and their numbers, read as it goes (files may be huge).

    A file that cannot be read ends in a CliError naming it, and the line where it applies.
    """
    number = 0
    try:
        with _open(path) as fh:
            for number, raw in enumerate(fh, 1):
                line = raw.decode("utf-8")
                if line.strip():
                    yield number, line
    except UnicodeDecodeError as err:
        raise CliError(f"{path}:{number}: not UTF-8 ({err.reason} at byte {err.start})") from None
    except OSError as err:  # unreadable, or a .gz that is not gzip
        raise CliError(f"cannot read {path}: {err.strerror or err}") from None
    except (EOFError, zlib.error) as err:  # a truncated or corrupt .gz
        raise CliError(f"cannot read {path}: {err}") from None


def read_jsonl(path: Path) -> Iterator[pb.Item]:
    """An item per line; a line that is not an object with a text is a CliError naming it."""
    for number, line in read_lines(path):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise CliError(f"{path}:{number}: not JSON ({err.msg}, column {err.colno})") from None
        if not isinstance(row, dict):
            raise CliError(f"{path}:{number}: not a JSON object")
        text = row.get("text", row.get("prompt"))
        if not isinstance(text, str):
            raise CliError(f"{path}:{number}: no 'text' or 'prompt' string")
        item_id = row.get("id")
        yield text_item(text, id=str(number if item_id is None else item_id))


def count_lines(path: Path) -> int:
    return sum(1 for _ in read_lines(path))


def read_image(path: Path) -> pb.Item:
    try:
        return image_item(path)
    except OSError as err:
        raise CliError(f"cannot read {path}: {err.strerror}") from None


@contextmanager
def output(path: Path | None) -> Iterator[IO[str] | None]:
    """The --out file, if given; failing to open, write or close it is a CliError naming it.

    Reading input raises CliErrors of its own, so an OSError here is the output's.
    """
    if path is None:
        yield None
        return
    try:
        with path.open("w", encoding="utf-8") as fh:
            yield fh
    except OSError as err:
        raise CliError(f"cannot write {path}: {err.strerror or err}") from None


def report(console: Console, message: str) -> None:
    """An error as one red line: never wrapped, and brackets in it are not markup."""
    console.print(message, style="red", markup=False, highlight=False, soft_wrap=True)


def describe(result: pb.ItemResult) -> str:
    if result.HasField("error"):
        return f"{result.item_id}: error {result.error.code} {result.error.message}"
    v = result.verdict
    flagged = [
        f"{c.category}({pb.Severity.Name(c.severity).removeprefix('SEVERITY_').lower()})"
        for c in v.categories
        if c.flagged
    ]
    parts = [f"{result.item_id}: {DECISIONS.get(v.decision, '?').upper()}"]
    if flagged:
        parts.append(", ".join(flagged))
    if v.rationale:
        parts.append(f"- {v.rationale}")
    parts.append(f"[{SOURCES.get(v.source, '?')}, {v.model}]")
    return " ".join(parts)


def run_jsonl(
    client: ModerationClient, path: Path, policy: str, out: IO[str] | None, console: Console
) -> int:
    decisions: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    errors = 0
    total = count_lines(path)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("moderating", total=total)
        for result in client.stream(read_jsonl(path), policy_id=policy):
            progress.advance(task)
            if out is not None:
                out.write(json.dumps(MessageToDict(result)) + "\n")
            if result.HasField("error"):
                errors += 1
                continue
            decisions[DECISIONS.get(result.verdict.decision, "?")] += 1
            categories.update(c.category for c in result.verdict.categories if c.flagged)
    table = Table(title=f"{total} items from {path.name}")
    table.add_column("outcome")
    table.add_column("items", justify="right")
    for name in ("allow", "review", "block"):
        table.add_row(name, str(decisions[name]))
    table.add_row("error", str(errors))
    for category, count in categories.most_common():
        table.add_row(f"  flagged: {category}", str(count))
    console.print(table)
    return 0 if errors == 0 else 1


JOB_STATES = {
    pb.JOB_STATE_PENDING: "pending",
    pb.JOB_STATE_RUNNING: "running",
    pb.JOB_STATE_SUCCEEDED: "succeeded",
    pb.JOB_STATE_CANCELLED: "cancelled",
}
ENDED = (pb.JOB_STATE_SUCCEEDED, pb.JOB_STATE_CANCELLED)


def describe_job(job: pb.Job) -> str:
    c = job.counts
    eta = ""
    if job.HasField("estimated_end_time"):
        eta = f", about {max(0, job.estimated_end_time.seconds - int(time.time()))} s left"
    owner = f" owner {job.owner}" if job.owner else ""
    return (
        f"{job.name} {JOB_STATES.get(job.state, '?')} [{job.backend}]{owner} "
        f"policy {job.policy_id}: "
        f"{job.item_count} items, {c.pending} pending, {c.allowed} allow, {c.review} review, "
        f"{c.blocked} block, {c.errors} errors, ${job.usage.estimated_cost_usd:.4f}{eta}"
    )


def run_job(
    client: ModerationClient, path: Path, policy: str, out: IO[str] | None, console: Console
) -> int:
    """Submit the file as a job, follow its counts, then write its results."""
    job = client.create_job(read_jsonl(path), policy_id=policy)
    console.print(f"submitted {job.name} ({job.item_count} items, {job.backend})")
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("judging", total=job.item_count)
        while job.state not in ENDED:
            time.sleep(1.0)
            job = client.get_job(job.name)
            progress.update(task, completed=job.item_count - job.counts.pending)
    console.print(describe_job(job))
    errors = 0
    for response in client.job_results(job.name):
        errors += response.result.HasField("error")
        if out is not None:
            out.write(json.dumps(MessageToDict(response.result)) + "\n")
    return 0 if errors == 0 else 1


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


def connect(args: argparse.Namespace, parser: argparse.ArgumentParser) -> ModerationClient:
    """A client from the connection flags, else the environment, else the defaults."""
    try:
        return ModerationClient(
            args.target,
            timeout=args.timeout,
            token=args.token,
            tls=args.tls,
            ca_file=args.ca_file,
            cert_file=args.cert_file,
            key_file=args.key_file,
            server_name=args.server_name,
        )
    except ValueError as err:
        parser.error(str(err))
    except OSError as err:  # an unreadable CA, certificate or key file
        raise CliError(f"cannot read {err.filename}: {err.strerror}") from None


def jobs_main(argv: Sequence[str]) -> int:
    """`moderate jobs list | show NAME | cancel NAME | delete NAME | results NAME`."""
    parser = argparse.ArgumentParser(prog="moderate jobs", description="Show and manage jobs.")
    parser.add_argument("action", choices=["list", "show", "cancel", "delete", "results"])
    parser.add_argument("name", nargs="?", help="the job, jobs/<id>")
    add_connection_arguments(parser)
    parser.add_argument("--out", type=Path, help="results: write each result as JSON here")
    parser.add_argument("--page-token", default="", help="results: resume after this token")
    args = parser.parse_args(argv)
    if args.action != "list" and not args.name:
        parser.error(f"{args.action} needs a job name")
    with connect(args, parser) as client:
        if args.action == "list":
            token = ""
            while True:
                page = client.list_jobs(page_token=token)
                for job in page.jobs:
                    print(describe_job(job))
                token = page.next_page_token
                if not token:
                    return 0
        if args.action == "show":
            print(describe_job(client.get_job(args.name)))
        elif args.action == "cancel":
            print(describe_job(client.cancel_job(args.name)))
        elif args.action == "delete":
            print(f"deleted {client.delete_job(args.name)}")
        else:
            with output(args.out) as fh:
                out = fh or sys.stdout
                for r in client.job_results(args.name, args.page_token):
                    out.write(
                        json.dumps({**MessageToDict(r.result), "page_token": r.page_token}) + "\n"
                    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`moderate` or `moderate jobs`; bad input or output and failed calls are one line each."""
    argv = list(sys.argv[1:] if argv is None else argv)
    console = Console(stderr=True)
    try:
        if argv[:1] == ["jobs"]:
            return jobs_main(argv[1:])
        return moderate_main(argv, console)
    except (CliError, ModerationRpcError) as err:
        report(console, str(err))
        return 2
    except KeyboardInterrupt:
        report(console, "interrupted")
        return 130


def moderate_main(argv: Sequence[str], console: Console) -> int:
    """`moderate TEXT | --file IMAGE | --jsonl FILE [--job]`."""
    parser = argparse.ArgumentParser(prog="moderate", description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="?", help="a text to judge")
    parser.add_argument("--file", type=Path, help="an image file to judge")
    parser.add_argument("--jsonl", type=Path, help="a JSONL(.gz) file of texts to judge")
    parser.add_argument("--out", type=Path, help="with --jsonl: write each result as JSON here")
    add_connection_arguments(parser)
    parser.add_argument("--policy", default="", help="policy id (default: the server's)")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument(
        "--job", action="store_true", help="with --jsonl: submit as a bulk job (Message Batches)"
    )
    args = parser.parse_args(argv)
    if sum(x is not None for x in (args.text, args.file, args.jsonl)) != 1:
        parser.error("give exactly one of: a text, --file or --jsonl")
    with connect(args, parser) as client:
        if args.jsonl is not None:
            with output(args.out) as out:
                if args.job:
                    return run_job(client, args.jsonl, args.policy, out, console)
                return run_jsonl(client, args.jsonl, args.policy, out, console)
        item = read_image(args.file) if args.file is not None else text_item(args.text, "text")
        [result] = client.moderate([item], policy_id=args.policy)
    if args.json:
        print(json.dumps(MessageToDict(result), indent=2))
    else:
        print(describe(result))
    if result.HasField("error"):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
