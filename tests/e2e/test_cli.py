"""The installed commands as operators and callers use them: `moderation-server`, `moderate`."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from bench.harness import free_port
from tests.images import png

BIN = Path(sys.executable).parent


def wait_serving(port: int, proc: subprocess.Popen[str], limit: float = 120.0) -> None:
    end = time.monotonic() + limit
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < end:
            if proc.poll() is not None:
                raise AssertionError(
                    f"server exited early: {proc.stdout.read() if proc.stdout else ''}"
                )
            try:
                reply = health.Check(health_pb2.HealthCheckRequest(), timeout=1.0)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                time.sleep(0.2)
    raise AssertionError("server did not report SERVING in time")


METRICS_PORT = free_port()


@pytest.fixture(scope="module")
def server_port() -> Iterator[int]:
    port = free_port()
    env = dict(
        os.environ,
        MODERATION_PORT=str(port),
        MODERATION_BACKEND="local",
        MODERATION_METRICS_PORT=str(METRICS_PORT),
        MODERATION_LOG_FORMAT="json",
    )
    env.pop("ANTHROPIC_API_KEY", None)
    proc = subprocess.Popen(
        [str(BIN / "moderation-server"), "--host", "127.0.0.1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_serving(port, proc)
        yield port
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
        # Clean shutdown on SIGTERM: exit 0 and the shutdown is logged.
        assert proc.returncode == 0, out
        lines = [json.loads(line) for line in out.splitlines()]  # JSON lines, nothing else
        assert any("shutting down" in line["message"] for line in lines)
        assert all(line["request_id"] for line in lines)


def moderate(port: int, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "moderate"), "--target", f"127.0.0.1:{port}", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def test_cli_judges_a_toxic_and_a_benign_text(server_port: int) -> None:
    toxic = moderate(server_port, "I will find you and beat you to death, you filthy animal")
    assert toxic.returncode == 0, toxic.stderr
    assert toxic.stdout.split(": ", 1)[1].startswith(("BLOCK", "REVIEW")), toxic.stdout
    benign = moderate(server_port, "What a lovely afternoon for a walk in the park.")
    assert benign.returncode == 0, benign.stderr
    assert "ALLOW" in benign.stdout


def test_cli_judges_an_image_file(server_port: int, tmp_path: Path) -> None:
    path = tmp_path / "sky.png"
    path.write_bytes(png(120, 80, (90, 160, 230)))
    result = moderate(server_port, "--file", str(path), "--json")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)["verdict"]
    assert verdict["decision"] == "DECISION_ALLOW"
    assert verdict["source"] == "VERDICT_SOURCE_MODEL"


def test_cli_jsonl_with_summary(server_port: int, tmp_path: Path) -> None:
    rows = [{"id": f"r{n}", "prompt": f"Nice photo number {n}!"} for n in range(5)]
    rows.append({"id": "bad", "text": "You worthless idiot, I hope someone kills you"})
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    out = tmp_path / "out.jsonl"
    result = moderate(server_port, "--jsonl", str(src), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "6 items" in result.stderr and "allow" in result.stderr
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert {w["itemId"] for w in written} == {r["id"] for r in rows}
    bad = next(w for w in written if w["itemId"] == "bad")
    assert bad["verdict"]["flagged"] is True


def test_cli_reports_bad_input_with_the_field(server_port: int, tmp_path: Path) -> None:
    path = tmp_path / "fake.png"
    path.write_bytes(b"this is not a png")
    result = moderate(server_port, "--file", str(path))
    assert result.returncode == 2
    # One line, once, naming the file rather than the request's items[0].
    assert result.stderr == f"{path}: not a decodable JPEG, PNG, GIF or WebP image (image.data)\n"


def test_cli_judges_an_image_whose_type_only_its_bytes_say(
    server_port: int, tmp_path: Path
) -> None:
    path = tmp_path / "upload.bin"  # no media type to guess: the server reads the bytes
    path.write_bytes(png(64, 64, (90, 160, 230)))
    result = moderate(server_port, "--file", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"]["decision"] == "DECISION_ALLOW"


@pytest.mark.parametrize("job", [[], ["--job"]])
def test_cli_names_a_jsonl_line_without_text_and_stops(
    server_port: int, tmp_path: Path, job: list[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "hello"}\n{"id": "no-text"}\n', encoding="utf-8")
    result = moderate(server_port, "--jsonl", str(src), *job, timeout=30)
    assert result.returncode == 2
    assert f"{src}:2: no 'text' or 'prompt' string" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("out", ["dir", "/dev/full"])
def test_cli_names_an_output_it_cannot_write(server_port: int, tmp_path: Path, out: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "hello"}\n', encoding="utf-8")
    target = str(tmp_path if out == "dir" else out)
    result = moderate(server_port, "--jsonl", str(src), "--out", target)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith(f"cannot write {target}: "), result.stderr
    assert "Traceback" not in result.stderr


def test_cli_interrupted_says_so_in_one_line(server_port: int, tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(json.dumps({"text": f"an ordinary remark {n}"}) + "\n" for n in range(50_000)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    target = f"127.0.0.1:{server_port}"
    proc = subprocess.Popen(
        [str(BIN / "moderate"), "--target", target, "--jsonl", str(src), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
    end = time.monotonic() + 60
    while not (out.exists() and out.stat().st_size) and time.monotonic() < end:
        time.sleep(0.05)  # until results are being written
    proc.send_signal(signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)  # the fault handler prints every thread's stack
        _, stderr = proc.communicate(timeout=30)
        raise AssertionError(f"still running 30 s after SIGINT:\n{stderr[-8000:]}") from None
    assert proc.returncode == 130, stderr
    assert stderr.splitlines()[-1] == "interrupted"
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "flags", [("--port", "not-a-number"), ("--event-loop", "trio")], ids=["port", "event-loop"]
)
def test_server_refuses_bad_settings(flags: tuple[str, str]) -> None:
    result = subprocess.run(
        [str(BIN / "moderation-server"), *flags],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "bad setting" in result.stderr
    assert flags[0].lstrip("-").replace("-", "_") in result.stderr


def test_quickstart_example_runs(server_port: int) -> None:
    example = (
        Path(__file__).resolve().parents[2] / "clients" / "python" / "examples" / "quickstart.py"
    )
    result = subprocess.run(
        [sys.executable, str(example)],  # the server from MODERATION_TARGET, as every client
        env=dict(os.environ, MODERATION_TARGET=f"127.0.0.1:{server_port}"),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert set(lines) == {"c1", "c2", "s0", "s1", "s2"}
    assert lines["c1"].startswith("DECISION_ALLOW")
    assert lines["c2"].startswith(("DECISION_BLOCK", "DECISION_REVIEW"))


def test_cli_reports_a_missing_file_without_a_traceback(server_port: int, tmp_path: Path) -> None:
    result = moderate(server_port, "--file", str(tmp_path / "nowhere.png"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_prometheus_metrics_count_what_was_judged(server_port: int) -> None:
    before = scrape()
    assert moderate(server_port, "metrics check: hello there").returncode == 0
    after = scrape()
    items = 'moderation_items_total{policy="default"}'
    assert after[items] == before.get(items, 0) + 1
    assert total(after, "moderation_verdicts_total", source="model") >= 1
    calls = 'moderation_rpc_duration_seconds_count{code="OK",method="Moderate"}'
    assert after[calls] == before.get(calls, 0) + 1
    assert after['moderation_batch_size_items_count{policy="default"}'] >= 1
    assert after["moderation_queue_items"] == 0
    assert after["moderation_upstream_concurrency_limit"] >= 1


def test_a_real_scrape_passes_promtool(server_port: int, promtool: str) -> None:
    assert moderate(server_port, "promtool check: have a nice day").returncode == 0
    body = scrape_text()
    assert "# HELP moderation_verdicts_total" in body
    check = subprocess.run(
        [promtool, "check", "metrics"],
        check=False,
        input=body,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout + check.stderr == ""  # no lint warnings either


def test_promtool_catches_a_bad_exposition(promtool: str) -> None:
    """The check above can fail: promtool flags a counter without _total and without HELP."""
    bad = "# TYPE moderation_things counter\nmoderation_things 1\n"
    check = subprocess.run(
        [promtool, "check", "metrics"],
        check=False,
        input=bad,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode != 0


def total(samples: dict[str, float], name: str, **labels: str) -> float:
    """The sum of a metric's series whose labels include `labels`."""
    want = {f'{k}="{v}"' for k, v in labels.items()}
    out = 0.0
    for series, value in samples.items():
        metric, _, rest = series.partition("{")
        if metric == name and want <= set(rest.rstrip("}").split(",")):
            out += value
    return out


def scrape_text() -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{METRICS_PORT}/metrics", timeout=10) as r:
        return str(r.read().decode())


def scrape() -> dict[str, float]:
    """The /metrics samples by series (name and labels, as exposed)."""
    samples: dict[str, float] = {}
    for line in scrape_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def moderate_jobs(port: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "moderate"), "jobs", *args, "--target", f"127.0.0.1:{port}"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_runs_a_jsonl_file_as_a_job_and_manages_jobs(server_port: int, tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl.gz"
    rows = [{"id": f"r{n}", "text": f"an ordinary remark number {n}"} for n in range(30)]
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    out = tmp_path / "out.jsonl"
    result = moderate(server_port, "--jsonl", str(src), "--job", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "succeeded" in result.stderr and "30 items" in result.stderr
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [w["itemId"] for w in written] == [r["id"] for r in rows]
    assert all("verdict" in w for w in written)

    listed = moderate_jobs(server_port, "list")
    assert listed.returncode == 0, listed.stderr
    name = listed.stdout.split()[0]
    assert name.startswith("jobs/") and "succeeded" in listed.stdout
    shown = moderate_jobs(server_port, "show", name)
    assert shown.returncode == 0 and "30 items, 0 pending" in shown.stdout
    results = moderate_jobs(server_port, "results", name)
    assert len(results.stdout.splitlines()) == 30
    cancelled = moderate_jobs(server_port, "cancel", name)
    assert cancelled.returncode == 2 and "FAILED_PRECONDITION" in cancelled.stderr
    unknown = moderate_jobs(server_port, "show", "jobs/0000000000000000")
    assert unknown.returncode == 2 and "NOT_FOUND" in unknown.stderr
    assert "owner default" in shown.stdout  # one tenant: every job is default's
    deleted = moderate_jobs(server_port, "delete", name)
    assert deleted.returncode == 0 and deleted.stdout.strip() == f"deleted {name}"
    gone = moderate_jobs(server_port, "show", name)
    assert gone.returncode == 2 and "NOT_FOUND" in gone.stderr


def test_cli_names_a_job_results_file_it_cannot_write(server_port: int, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "results.jsonl"
    result = moderate_jobs(server_port, "results", "jobs/0000000000000000", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip() == f"cannot write {out}: No such file or directory"


def test_cli_jobs_connects_like_moderate(server_port: int) -> None:
    """The target from the environment, and the same token and TLS flags."""
    env = dict(os.environ, MODERATION_TARGET=f"127.0.0.1:{server_port}")
    listed = subprocess.run(
        [str(BIN / "moderate"), "jobs", "list", "--token", "any", "--timeout", "20"],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr


def moderate_piped(
    port: int, stdin: str, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`moderate` with stdin and stdout pipes, the target from the environment."""
    return subprocess.run(
        [str(BIN / "moderate"), *args],
        input=stdin,
        env=dict(os.environ, MODERATION_TARGET=f"127.0.0.1:{port}"),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def jsonl(texts: list[str]) -> str:
    return "".join(json.dumps({"text": t}) + "\n" for t in texts)


@pytest.mark.parametrize("src", ["-", "/dev/stdin"])
def test_cli_a_pipe_gets_one_result_per_line_in_input_order(server_port: int, src: str) -> None:
    """`cat x.jsonl | moderate --jsonl - | wc -l`: a pipe is read once, results go to stdout."""
    texts = [f"an ordinary remark number {n}" for n in range(200)]
    body = jsonl(texts[:100]) + "\n" + jsonl(texts[100:])  # a blank line: line 101
    result = moderate_piped(server_port, body, "--jsonl", src)
    assert result.returncode == 0, result.stderr
    written = [json.loads(line) for line in result.stdout.splitlines()]
    assert [w["line"] for w in written] == [*range(1, 101), *range(102, 202)]
    assert [w["itemId"] for w in written] == [str(w["line"]) for w in written]
    assert all(w["verdict"]["decision"] == "DECISION_ALLOW" for w in written)
    assert result.stderr.splitlines()[-1].startswith("200 items from ")


def test_cli_unordered_writes_every_result_with_its_line(server_port: int) -> None:
    body = jsonl([f"remark {n}" for n in range(50)])
    result = moderate_piped(server_port, body, "--jsonl", "-", "--unordered")
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads(line)["line"] for line in result.stdout.splitlines()) == list(
        range(1, 51)
    )


def test_cli_out_dash_is_stdout_not_a_file(server_port: int, tmp_path: Path) -> None:
    result = moderate_piped(
        server_port, jsonl(["hello", "there"]), "--jsonl", "-", "--out", "-", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    assert not (tmp_path / "-").exists()


def test_cli_formats_csv_and_table(server_port: int) -> None:
    rows = '{"id": "a", "text": "have a nice day"}\n{"id": "b", "text": "you idiot"}\n'
    as_csv = moderate_piped(server_port, rows, "--jsonl", "-", "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    header, first, second = as_csv.stdout.splitlines()
    assert header.startswith("line,item_id,decision,flagged,categories,source,model")
    assert first.startswith("1,a,allow,false,") and second.startswith("2,b,")
    as_table = moderate_piped(server_port, rows, "--jsonl", "-", "--format", "table")
    assert as_table.returncode == 0, as_table.stderr
    lines = as_table.stdout.splitlines()
    assert lines[0].split()[:3] == ["1", "a:", "ALLOW"]
    assert lines[1].split()[:2] == ["2", "b:"]


def test_cli_exits_non_zero_when_an_item_gets_an_error(server_port: int) -> None:
    result = moderate_piped(server_port, jsonl(["hello", "   "]), "--jsonl", "-")
    assert result.returncode == 1, result.stderr
    second = json.loads(result.stdout.splitlines()[1])
    assert second["line"] == 2 and "error" in second
    assert "1 error" in result.stderr
    # Said once on stderr, named by the input and its line rather than the request's items[0].
    assert result.stderr.splitlines()[0] == (
        "<stdin>:2: empty item: set a non-blank text or an image (text)"
    )


def test_cli_interrupting_a_job_says_it_runs_on_and_how_to_get_results(
    server_port: int, tmp_path: Path
) -> None:
    src = tmp_path / "job.jsonl"
    src.write_text(jsonl([f"remark {n}" for n in range(2000)]), encoding="utf-8")
    proc = subprocess.Popen(
        [
            str(BIN / "moderate"),
            "--target",
            f"127.0.0.1:{server_port}",
            "--jsonl",
            str(src),
            "--job",
            "--out",
            str(tmp_path / "out.jsonl"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    submitted = proc.stderr.readline()  # "submitted jobs/... (2000 items, ...)"
    assert submitted.startswith("submitted jobs/"), submitted
    name = submitted.split()[1]
    proc.send_signal(signal.SIGINT)
    _, rest = proc.communicate(timeout=30)
    assert proc.returncode == 130, rest
    assert rest.splitlines()[-1] == (
        f"interrupted; {name} keeps running on the server. Its results: "
        f"moderate jobs results {name} --out FILE (or: moderate jobs cancel {name})"
    )
    assert moderate_jobs(server_port, "delete", name).returncode == 0


def test_cli_a_reader_that_stops_early_ends_it_quietly_and_not_with_0(server_port: int) -> None:
    body = jsonl([f"remark {n}" for n in range(3000)])
    result = subprocess.run(
        ["bash", "-c", f'"{BIN}/moderate" --jsonl - | head -1; echo "status ${{PIPESTATUS[0]}}"'],
        input=body,
        env=dict(os.environ, MODERATION_TARGET=f"127.0.0.1:{server_port}"),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    first, status = result.stdout.splitlines()
    assert json.loads(first)["line"] == 1
    assert status == "status 141", result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal's other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


def test_cli_on_a_terminal_prints_the_summary_and_a_progress_line(
    server_port: int, tmp_path: Path
) -> None:
    """stdout a terminal and no --out: no per-item flood, a hint; stderr a terminal: progress."""
    import pty

    src = tmp_path / "in.jsonl"
    src.write_text(jsonl([f"remark {n}" for n in range(20)]), encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(BIN / "moderate"), "--target", f"127.0.0.1:{server_port}", "--jsonl", str(src)],
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    try:
        seen = read_all(leader)
    finally:
        os.close(leader)
    assert proc.wait(timeout=60) == 0, seen
    assert "\rmoderating " in seen and "/20 [" in seen  # counted ahead: a regular file
    assert "20 items from" in seen
    assert "per-item results: --out FILE, or --out - (stdout)" in seen
    assert '"line"' not in seen
