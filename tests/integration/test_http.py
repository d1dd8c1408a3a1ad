"""The HTTP port from outside: the official `openai` SDK, Perspective's request format,
moderation.v1 as JSON, and bad input answered in each peer's own error format."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from aiohttp import web
from multidict import CIMultiDict
from openai.types import ModerationMultiModalInputParam

from bench.harness import free_port
from moderation.config import Settings
from moderation.http.server import start_http
from moderation.http.state import HttpState
from moderation.server import RunningServer, build_engine, start_server
from moderation.tenants import Tenants, single_tenant
from moderation.transport.admission import Admission
from tests.certs import Pki, replace_file
from tests.fakes import KeywordBackend
from tests.images import noisy_png, png

TOKEN = "http-test-token"
BODY_LIMIT = 1024 * 1024
OVER_LIMIT = "x" * (BODY_LIMIT + 1)
THREAT = "I will kill you tomorrow"
GREETING = "Hello, how are you today?"
DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "moderation" / "policies" / "default.toml"
# The strict policy also applies the blocklist "shop" (made and deleted over JSON below).
STRICT = DEFAULT_POLICY.read_text(encoding="utf-8").replace(
    'id = "default"', 'id = "strict"\nblocklists = ["shop"]', 1
)


@pytest.fixture(scope="module")
async def backend() -> KeywordBackend:
    return KeywordBackend()


@pytest.fixture(scope="module")
async def server(
    backend: KeywordBackend, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RunningServer]:
    policies = tmp_path_factory.mktemp("http-policies")
    (policies / "strict.toml").write_text(STRICT)
    settings = Settings(
        host="127.0.0.1",
        port=0,
        http_port=free_port(),
        auth_tokens=[TOKEN],
        policy_files=[DEFAULT_POLICY, policies / "strict.toml"],
        max_items_per_request=4,
        http_max_body_bytes=BODY_LIMIT,
        max_wait_ms=1.0,
    )
    running = await start_server(settings, await build_engine(settings, backend=backend))
    yield running
    await running.stop(grace=1.0)


def base(server: RunningServer) -> str:
    assert server.http is not None
    return f"http://127.0.0.1:{server.http.port}"


def sdk(server: RunningServer, key: str = TOKEN) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=f"{base(server)}/v1", api_key=key, max_retries=0)


async def post(
    server: RunningServer, path: str, body: Any, headers: dict[str, str] | None = None
) -> tuple[int, CIMultiDict[str], Any]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(base(server) + path, data=data, headers=sent | (headers or {})) as response,
    ):
        return (
            response.status,
            CIMultiDict(response.headers),
            await response.json(content_type=None),
        )


# --- OpenAI ------------------------------------------------------------------------


async def test_the_openai_sdk_gets_a_threat_flagged_and_a_greeting_not(
    server: RunningServer,
) -> None:
    answer = await sdk(server).moderations.create(
        model="omni-moderation-latest", input=[THREAT, GREETING]
    )
    threat, greeting = answer.results
    assert answer.model == "omni-moderation-latest"
    assert threat.flagged and threat.categories.violence
    assert 0.0 < threat.category_scores.violence <= 1.0
    assert not greeting.flagged
    assert not any(greeting.categories.model_dump().values())
    dumped = threat.model_dump(by_alias=True)
    for field in ("categories", "category_scores", "category_applied_input_types"):
        assert len(dumped[field]) == 13, field


async def test_the_sync_openai_client_works_unmodified(server: RunningServer) -> None:
    """`OpenAI(base_url=..., api_key=...)` exactly as a caller writes it, from its own thread
    (the server runs on this test's event loop)."""

    def call() -> openai.types.Moderation:
        client = openai.OpenAI(base_url=f"{base(server)}/v1", api_key=TOKEN)
        return client.moderations.create(input=THREAT).results[0]

    result = await asyncio.to_thread(call)
    assert result.flagged and result.categories.violence


async def test_a_text_and_image_input_is_one_result(server: RunningServer) -> None:
    url = "data:image/png;base64," + base64.b64encode(png()).decode()
    parts: list[ModerationMultiModalInputParam] = [
        {"type": "text", "text": THREAT},
        {"type": "image_url", "image_url": {"url": url}},
    ]
    answer = await sdk(server).moderations.create(model="omni-moderation-latest", input=parts)
    [result] = answer.results
    assert result.flagged and result.categories.violence
    assert result.category_applied_input_types.violence == ["text", "image"]


async def test_a_wrong_key_raises_authentication_error(server: RunningServer) -> None:
    with pytest.raises(openai.AuthenticationError) as raised:
        await sdk(server, key="wrong").moderations.create(input=GREETING)
    assert raised.value.status_code == 401
    assert raised.value.code == "invalid_api_key"


async def test_a_policy_is_chosen_by_header_or_model(server: RunningServer) -> None:
    by_model = await sdk(server).moderations.create(model="strict", input=GREETING)
    assert by_model.model == "strict"
    with pytest.raises(openai.BadRequestError):
        await sdk(server).moderations.create(
            input=GREETING, extra_headers={"X-Moderation-Policy": "nope"}
        )


BAD_OPENAI_INPUTS = [
    pytest.param(b"{not json", 400, id="not-json"),
    pytest.param({"input": 42}, 400, id="wrong-type"),
    pytest.param({"input": ["a", {"type": "text", "text": "b"}]}, 400, id="mixed"),
    pytest.param({"input": ["a"] * 5}, 400, id="too-many-inputs"),
    pytest.param(
        {"input": [{"type": "image_url", "image_url": {"url": "data:text/plain;base64,aGk="}}]},
        400,
        id="data-url-not-an-image",
    ),
    pytest.param(
        {"input": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,aGk="}}]},
        400,
        id="image-that-is-not-one",
    ),
    pytest.param(
        {"input": [{"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]},
        400,
        id="https-url-not-allowed",
    ),
    pytest.param({"input": OVER_LIMIT}, 413, id="body-over-the-limit"),
]


@pytest.mark.parametrize(("body", "status"), BAD_OPENAI_INPUTS)
async def test_bad_openai_input_gets_openais_error_format(
    server: RunningServer, body: Any, status: int
) -> None:
    got, _, answer = await post(server, "/v1/moderations", body)
    assert got == status
    error = answer["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error" and error["message"]


async def test_the_sdk_reads_bad_input_as_bad_request(server: RunningServer) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        await sdk(server).moderations.create(input=["a"] * 5)
    assert raised.value.param == "input"


async def test_refused_for_load_is_429_with_retry_after(
    backend: KeywordBackend, server: RunningServer
) -> None:
    servicer = server.servicer
    before, admission = servicer.admission, Admission(max_items=1, max_bytes=1 << 30)
    servicer.admission = admission
    backend.gate = asyncio.Event()
    try:
        held = asyncio.create_task(post(server, "/v1/moderations", {"input": "held one"}))
        for _ in range(1000):  # until the first call holds its item
            if admission.items:
                break
            await asyncio.sleep(0.01)
        status, headers, answer = await post(server, "/v1/moderations", {"input": "refused"})
        assert status == 429 and int(headers["Retry-After"]) >= 1
        assert answer["error"]["code"] == "rate_limit_exceeded"
        status, headers, answer = await post(
            server, "/v1alpha1/comments:analyze", _analyze("refused", "THREAT")
        )
        assert status == 429 and answer["error"]["status"] == "RESOURCE_EXHAUSTED"
    finally:
        servicer.admission = before
        backend.gate.set()
        backend.gate = None
    assert (await held)[0] == 200


# --- Perspective -------------------------------------------------------------------


def _analyze(text: str, *attributes: str, **extra: Any) -> dict[str, Any]:
    return {
        "comment": {"text": text},
        "requestedAttributes": {a: {} for a in attributes},
        "languages": ["en"],
    } | extra


async def test_perspective_scores_a_threat_above_a_clean_text(server: RunningServer) -> None:
    scores = {}
    for text in (THREAT, GREETING):
        status, _, answer = await post(
            server, f"/v1alpha1/comments:analyze?key={TOKEN}", _analyze(text, "THREAT", "INSULT")
        )
        assert status == 200
        assert answer["languages"] == ["en"] and answer["detectedLanguages"] == ["en"]
        scores[text] = answer["attributeScores"]["THREAT"]["summaryScore"]["value"]
    assert scores[THREAT] > scores[GREETING]
    assert 0.0 <= scores[GREETING] < scores[THREAT] <= 1.0


async def test_do_not_store_leaves_nothing_in_the_cache(server: RunningServer) -> None:
    text = "you idiot, never stored"
    for _ in range(2):
        status, _, _answer = await post(
            server, "/v1alpha1/comments:analyze", _analyze(text, "INSULT", doNotStore=True)
        )
        assert status == 200
    status, _, answer = await post(server, "/v1/moderate", {"items": [{"id": "a", "text": text}]})
    assert status == 200
    assert answer["results"][0]["verdict"]["source"] == "VERDICT_SOURCE_MODEL"  # not from the cache
    # Stored without doNotStore, the same text is answered from the cache next time.
    status, _, answer = await post(server, "/v1/moderate", {"items": [{"id": "a", "text": text}]})
    assert answer["results"][0]["verdict"]["source"] == "VERDICT_SOURCE_CACHE"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(b"[", 400, id="not-json"),
        pytest.param({"comment": {"text": 3}, "requestedAttributes": {"THREAT": {}}}, 400),
        pytest.param(_analyze("hi", "FLIRTATION"), 400, id="unknown-attribute"),
        pytest.param(_analyze(OVER_LIMIT, "THREAT"), 413, id="body-over-the-limit"),
    ],
)
async def test_bad_perspective_input_gets_googles_error_format(
    server: RunningServer, body: Any, status: int
) -> None:
    got, _, answer = await post(server, "/v1alpha1/comments:analyze", body)
    assert got == status
    assert answer["error"]["code"] == status and answer["error"]["message"]


async def test_perspective_refuses_a_wrong_key(server: RunningServer) -> None:
    got, _, answer = await post(
        server,
        "/v1alpha1/comments:analyze?key=wrong",
        _analyze("hi", "THREAT"),
        {"Authorization": ""},
    )
    assert got == 401 and answer["error"]["status"] == "UNAUTHENTICATED"


# --- moderation.v1 as JSON ---------------------------------------------------------


async def test_moderate_over_json(server: RunningServer) -> None:
    status, headers, answer = await post(
        server,
        "/v1/moderate",
        {"items": [{"id": "t", "text": THREAT}, {"id": "g", "text": GREETING}]},
        {"X-Request-Id": "req-42"},
    )
    assert status == 200 and headers["X-Request-Id"] == "req-42"
    threat, greeting = answer["results"]
    assert threat["itemId"] == "t" and threat["verdict"]["decision"] == "DECISION_BLOCK"
    assert greeting["verdict"]["decision"] == "DECISION_ALLOW"


async def test_errors_are_google_rpc_status_json(server: RunningServer) -> None:
    async with (
        aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session,
        session.get(base(server) + "/v1/policies/nope") as missing,
        session.get(base(server) + "/v1/policies/strict") as found,
    ):
        assert missing.status == 404
        status = await missing.json()
        assert status["code"] == 5 and status["details"][0]["resourceName"] == "nope"
        assert (await found.json())["policy"]["id"] == "strict"
    status_code, _, answer = await post(server, "/v1/moderate", {"items": [{"id": "a"}]})
    assert status_code == 400 and answer["code"] == 3
    assert answer["details"][0]["@type"].endswith("google.rpc.BadRequest")
    status_code, _, answer = await post(
        server, "/v1/moderate", {"items": []}, {"Authorization": ""}
    )
    assert status_code == 401 and answer["code"] == 16


async def test_moderate_stream_is_ndjson(server: RunningServer) -> None:
    lines = "\n".join(
        json.dumps({"items": [{"id": f"i{n}", "text": text}]})
        for n, text in enumerate([THREAT, GREETING, "you idiot"])
    )
    async with (
        aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session,
        session.post(base(server) + "/v1/moderate:stream", data=lines.encode()) as response,
    ):
        assert response.status == 200
        assert response.content_type == "application/x-ndjson"
        assert response.headers["X-Request-Id"]  # a streamed answer carries one too
        answers = [json.loads(line) async for line in response.content if line.strip()]
    assert sorted(a["result"]["itemId"] for a in answers) == ["i0", "i1", "i2"]


async def test_openapi_is_served(server: RunningServer) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(base(server) + "/openapi.json") as response,
    ):
        document = await response.json()
    assert "/v1/moderate" in document["paths"]


# --- the documented examples -------------------------------------------------------

ROOT = DEFAULT_POLICY.parents[2]


def _curl_examples(doc: str) -> list[str]:
    """The `sh` blocks of a page that call the HTTP port with curl."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)
    return [b for b in blocks if re.match(r"curl ", b)]


def _documents(output: str) -> list[Any]:
    decoder, found, at = json.JSONDecoder(), [], 0
    while at < len(output.rstrip()):
        document, end = decoder.raw_decode(output, at)
        found.append(document)
        at = end
        while at < len(output) and output[at].isspace():
            at += 1
    return found


async def test_the_documented_curl_examples_run_as_written(server: RunningServer) -> None:
    readme, http = _curl_examples("README.md"), _curl_examples("docs/http.md")
    assert len(readme) == 1  # OpenAI-compatible and moderation.v1 as JSON
    assert len(http) == 3  # OpenAI, Perspective, moderation.v1 as JSON
    for example in readme + http:
        script = example.replace("http://localhost:8080", base(server))
        proc = await asyncio.create_subprocess_exec(
            "bash",
            "-euo",
            "pipefail",
            "-c",
            script,
            env={"TOKEN": TOKEN, "PATH": os.environ["PATH"]},
            stdout=asyncio.subprocess.PIPE,
        )
        output, _ = await proc.communicate()
        assert proc.returncode == 0, example
        documents = _documents(output.decode())
        assert documents and all("error" not in d for d in documents), output


async def call(server: RunningServer, verb: str, path: str, body: Any = None) -> tuple[int, Any]:
    """One moderation.v1 call over JSON: its HTTP status and its answer."""
    async with (
        aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session,
        session.request(verb, base(server) + path, json=body) as response,
    ):
        return response.status, await response.json(content_type=None)


async def test_a_blocklist_over_json_from_creation_to_deletion(server: RunningServer) -> None:
    text = "Grüße 👋 — please BUY  followers at my shop"
    shop = {"category": "spam", "description": "follower sellers"}
    status, created = await call(server, "POST", "/v1/blocklists?blocklistId=shop", shop)
    assert status == 200, created
    assert created["blocklist"]["name"] == "blocklists/shop" and "terms" not in created["blocklist"]
    terms = {"terms": [{"text": "buy followers", "kind": "BLOCKLIST_TERM_KIND_WORD"}]}
    status, added = await call(server, "POST", "/v1/blocklists/shop:addItems", terms)
    assert status == 200 and added["blocklist"]["terms"] == terms["terms"]
    assert (await call(server, "GET", "/v1/blocklists/shop"))[1] == added
    listed = (await call(server, "GET", "/v1/blocklists"))[1]["blocklists"]
    assert [b["name"] for b in listed] == ["blocklists/shop"]

    async def judged() -> dict[str, Any]:
        items = {"items": [{"id": "s", "text": text}], "policyId": "strict"}
        status, answer = await call(server, "POST", "/v1/moderate", items)
        assert status == 200, answer
        verdict: dict[str, Any] = answer["results"][0]["verdict"]
        return verdict

    hit = await judged()
    assert (hit["decision"], hit["source"]) == ("DECISION_BLOCK", "VERDICT_SOURCE_BLOCKLIST")
    (spam,) = [c for c in hit["categories"] if c["category"] == "spam"]
    (evidence,) = spam["evidence"]
    assert (evidence["blocklist"], evidence["term"]) == ("blocklists/shop", "buy followers")
    assert text[evidence["start"] : evidence["end"]] == evidence["quote"] == "BUY  followers"

    removed = {"terms": ["buy followers"]}
    status, after = await call(server, "POST", "/v1/blocklists%2Fshop:removeItems", removed)
    assert status == 200 and "terms" not in after["blocklist"]
    assert (await judged())["source"] != "VERDICT_SOURCE_BLOCKLIST"
    assert await call(server, "DELETE", "/v1/blocklists/shop") == (200, {"name": "blocklists/shop"})
    status, missing = await call(server, "GET", "/v1/blocklists/shop")
    assert (status, missing["code"]) == (404, 5)
    status, refused = await call(server, "POST", "/v1/blocklists", shop)  # no blocklistId
    assert (status, refused["code"]) == (400, 3)


async def test_shadow_reports_and_promotion_over_json(server: RunningServer) -> None:
    assert await call(server, "GET", "/v1/shadowReports?policyId=strict") == (200, {})
    status, refused = await call(server, "POST", "/v1/policies/strict:promote", {})
    assert (status, refused["code"]) == (400, 9)  # FAILED_PRECONDITION: no candidate
    assert "not a shadow candidate" in refused["message"]
    status, missing = await call(server, "POST", "/v1/policies/nope:promote", {})
    assert (status, missing["code"]) == (404, 5)


# --- jobs, long stream lines, shutdown ---------------------------------------------


async def test_a_job_over_json_from_creation_to_its_results(server: RunningServer) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    items = [{"id": "t", "text": THREAT}, {"id": "g", "text": GREETING}]
    status, _, created = await post(server, "/v1/jobs", {"items": items})
    assert status == 200, created
    name = created["job"]["name"]
    assert name.startswith("jobs/")
    async with aiohttp.ClientSession(headers=headers) as session:
        for _ in range(500):  # until the job has ended
            async with session.get(f"{base(server)}/v1/{name}") as response:
                job = (await response.json())["job"]
            if job["state"] not in ("JOB_STATE_PENDING", "JOB_STATE_RUNNING"):
                break
            await asyncio.sleep(0.02)
        assert job["state"] == "JOB_STATE_SUCCEEDED", job
        async with session.get(f"{base(server)}/v1/{name}/results") as response:
            assert response.content_type == "application/x-ndjson"
            lines = [json.loads(line) async for line in response.content if line.strip()]
        assert [r["result"]["itemId"] for r in lines] == ["t", "g"]
        async with session.get(f"{base(server)}/v1/jobs") as response:
            assert name in {j["name"] for j in (await response.json())["jobs"]}
        async with session.post(f"{base(server)}/v1/{name}:cancel") as response:
            assert response.status == 400  # ended: FAILED_PRECONDITION
            assert (await response.json())["code"] == 9
        async with session.delete(f"{base(server)}/v1/{name}") as response:
            assert (await response.json())["name"] == name
        async with session.get(f"{base(server)}/v1/{name}") as response:
            assert response.status == 404


async def test_a_streamed_line_may_be_long_but_not_over_the_body_limit(
    server: RunningServer,
) -> None:
    image = base64.b64encode(noisy_png(300_000)).decode()
    big = {"items": [{"id": "img", "image": {"data": image, "mediaType": "image/png"}}]}
    lines = (json.dumps(big) + "\n" + json.dumps({"items": [{"id": "t", "text": "x"}]})).encode()
    assert 256 * 1024 < len(lines) < BODY_LIMIT  # longer than aiohttp's own line limit
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with (
        aiohttp.ClientSession(headers=headers) as session,
        session.post(base(server) + "/v1/moderate:stream", data=lines) as response,
    ):
        answers = [json.loads(line) async for line in response.content if line.strip()]
    assert sorted(a["result"]["itemId"] for a in answers) == ["img", "t"]
    too_long = b'{"items": [{"id": "a", "text": "' + OVER_LIMIT.encode() + b'"}]}\n'
    async with (
        aiohttp.ClientSession(headers=headers) as session,
        session.post(base(server) + "/v1/moderate:stream", data=too_long) as response,
    ):
        assert response.status == 413
        assert (await response.json())["code"] == 8


async def test_stopping_lets_an_http_call_in_flight_finish() -> None:
    backend = KeywordBackend()
    backend.gate = asyncio.Event()
    settings = Settings(host="127.0.0.1", port=0, http_port=free_port(), max_wait_ms=1.0)
    running = await start_server(settings, await build_engine(settings, backend=backend))
    in_flight = asyncio.create_task(post(running, "/v1/moderations", {"input": THREAT}))
    for _ in range(1000):  # until the call holds its item
        if running.servicer.admission.items:
            break
        await asyncio.sleep(0.01)
    stopping = asyncio.create_task(running.stop(grace=10.0))
    await asyncio.sleep(0.1)
    assert not in_flight.done() and not stopping.done()
    backend.gate.set()
    status, _, answer = await in_flight
    assert status == 200 and answer["results"][0]["flagged"]
    await stopping
    with pytest.raises(aiohttp.ClientConnectionError):
        await post(running, "/v1/moderations", {"input": GREETING})


async def test_a_bad_line_of_a_stream_gets_an_item_error_and_the_stream_goes_on(
    server: RunningServer,
) -> None:
    good = [json.dumps({"items": [{"id": i, "text": "hello"}]}).encode() for i in "ab"]
    body = b"\n".join([good[0], b"{not json", good[1]])
    async with (
        aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session,
        session.post(base(server) + "/v1/moderate:stream", data=body) as response,
    ):
        answers = [json.loads(line)["result"] async for line in response.content if line.strip()]
    assert sorted(a["itemId"] for a in answers if "verdict" in a) == ["a", "b"]
    [error] = [a["error"] for a in answers if "error" in a]
    assert error["code"] == 3 and "malformed" in error["message"]  # INVALID_ARGUMENT


# --- https image URLs, when the operator allows them -------------------------------


@pytest.fixture(scope="module")
async def image_host(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[str, Pki]]:
    """An https server (a test CA's certificate) with an image, a text, a big and a slow one."""
    pki = Pki.make(tmp_path_factory.mktemp("image-host"))
    small, big = png(), noisy_png(300_000)

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=small, content_type="image/png")

    async def large(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "image/png"})
        await response.prepare(request)  # chunked: no length to refuse it by
        await response.write(big)
        return response

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2.5)  # over the 1 s fetch limit below
        return web.Response(body=small, content_type="image/png")

    async def text(request: web.Request) -> web.Response:
        return web.Response(text="not an image")

    app = web.Application()
    app.router.add_get("/cat.png", image)
    app.router.add_get("/big.png", large)
    app.router.add_get("/slow.png", slow)
    app.router.add_get("/page.html", text)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.server_cert, pki.server_key)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port, ssl_context=context).start()
    yield f"https://localhost:{port}", pki
    await runner.cleanup()


async def test_https_image_urls_are_fetched_within_bounds_when_allowed(
    server: RunningServer, image_host: tuple[str, Pki]
) -> None:
    host, pki = image_host
    state = HttpState(
        server.servicer,
        Tenants(single_tenant([TOKEN])),
        image_urls=True,
        max_image_bytes=100_000,
        image_fetch_seconds=1.0,
        fetch_ssl=ssl.create_default_context(cafile=str(pki.ca)),
    )
    allowed = await start_http(state, server.engine.metrics, "127.0.0.1", 0, grace=1.0)
    url = f"http://127.0.0.1:{allowed.port}/v1/moderations"

    async def moderate(path: str) -> tuple[int, Any]:
        parts = [{"type": "text", "text": THREAT}, *image_part(host + path)]
        async with (
            aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session,
            session.post(url, json={"input": parts}) as response,
        ):
            return response.status, await response.json()

    try:
        status, answer = await moderate("/cat.png")
        assert status == 200, answer
        assert answer["results"][0]["category_applied_input_types"]["violence"] == [
            "text",
            "image",
        ]
        for path, why in [
            ("/big.png", "larger than 100000 bytes"),
            ("/slow.png", "could not be fetched"),
            ("/page.html", "not an image"),
        ]:
            status, answer = await moderate(path)
            assert status == 400 and why in answer["error"]["message"], (path, answer)
            assert answer["error"]["param"] == "input[1]"
    finally:
        await allowed.stop(grace=1.0)


def image_part(url: str) -> list[dict[str, Any]]:
    return [{"type": "image_url", "image_url": {"url": url}}]


# --- the same metrics and tenants as gRPC ------------------------------------------


async def test_http_calls_are_measured_and_counted_against_their_tenant(
    server: RunningServer,
) -> None:
    metrics = server.engine.metrics
    ok = {"method": "OpenAIModerations", "code": "OK"}
    refused = {"method": "OpenAIModerations", "code": "UNAUTHENTICATED"}
    before = (
        metrics.value("rpc_duration_seconds_count", **ok),
        metrics.value("rpc_duration_seconds_count", **refused),
    )
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as session:
        async with session.get(base(server) + "/v1/usage") as response:
            [usage] = (await response.json())["tenants"]
        await sdk(server).moderations.create(input=[GREETING, "a text for usage"])
        with pytest.raises(openai.AuthenticationError):
            await sdk(server, key="wrong").moderations.create(input=GREETING)
        async with session.get(base(server) + "/v1/usage") as response:
            [after] = (await response.json())["tenants"]
    assert metrics.value("rpc_duration_seconds_count", **ok) == before[0] + 1
    assert metrics.value("rpc_duration_seconds_count", **refused) == before[1] + 1
    assert int(after["items"]) == int(usage.get("items", 0)) + 2
    assert metrics.value("rpc_duration_seconds_count", method="GetUsage", code="OK") >= 2


# --- TLS ----------------------------------------------------------------------------


async def test_with_tls_the_http_port_serves_https_only_and_follows_rotation(
    tmp_path: Path,
) -> None:
    first, second = Pki.make(tmp_path, "first"), Pki.make(tmp_path, "second")
    live = Pki.make(tmp_path, "live")
    replace_file(live.server_cert, first.server_cert)
    replace_file(live.server_key, first.server_key)
    settings = Settings(
        host="127.0.0.1",
        port=0,
        http_port=free_port(),
        tls_cert_file=live.server_cert,
        tls_key_file=live.server_key,
        max_wait_ms=1.0,
    )
    running = await start_server(settings, await build_engine(settings, backend=KeywordBackend()))
    assert running.http is not None
    url = f"https://localhost:{running.http.port}/v1/moderations"

    async def status_with(ca: Path) -> int:
        trust = ssl.create_default_context(cafile=str(ca))
        async with (
            aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=trust)) as session,
            session.post(url, json={"input": GREETING}) as response,
        ):
            return response.status

    try:
        assert await status_with(first.ca) == 200
        with pytest.raises(aiohttp.ClientError):
            await post(running, "/v1/moderations", {"input": GREETING})  # plaintext
        replace_file(live.server_cert, second.server_cert)
        replace_file(live.server_key, second.server_key)
        assert await status_with(second.ca) == 200
        with pytest.raises(aiohttp.ClientConnectorCertificateError):
            await status_with(first.ca)
    finally:
        await running.stop(grace=1.0)


async def test_perspective_names_the_language_it_detected(server: RunningServer) -> None:
    text = "Ich wünsche dir einen schönen Tag und viel Erfolg bei der Arbeit morgen."
    body = {"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}}}
    status, _, answer = await post(server, f"/v1alpha1/comments:analyze?key={TOKEN}", body)
    assert status == 200
    assert answer["detectedLanguages"] == ["de"] and answer["languages"] == ["de"]
    asked = body | {"languages": ["en"]}  # the caller's languages are echoed, as Perspective does
    status, _, answer = await post(server, f"/v1alpha1/comments:analyze?key={TOKEN}", asked)
    assert answer["languages"] == ["en"] and answer["detectedLanguages"] == ["de"]
