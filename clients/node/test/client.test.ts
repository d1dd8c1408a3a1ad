/** The Node client against a live Python server on loopback (local backend, auth on). */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { status } from "@grpc/grpc-js";
import {
  BlocklistTermKind,
  blocklistMatches,
  connectionFromEnv,
  DEFAULT_TARGET,
  Decision,
  describeResult,
  ModerationClient,
  ModerationError,
  spansOf,
  textAt,
  textItem,
  VerdictSource,
} from "../src";
import { REPO_ROOT, type RunningServer, startServer } from "./server";

const TOKEN = "node-test-token";
let server: RunningServer;
let client: ModerationClient;

/** The shipped policy, applying the blocklist "shop" that a test makes through the API. */
function policyWithBlocklist(): string {
  const shipped = readFileSync(resolve(REPO_ROOT, "moderation/policies/default.toml"), "utf-8");
  const path = join(mkdtempSync(join(tmpdir(), "node-client-")), "default.toml");
  writeFileSync(path, shipped.replace('id = "default"', 'id = "default"\nblocklists = ["shop"]'));
  return path;
}

before(async () => {
  server = await startServer({
    MODERATION_LOCAL_TEXT_MODEL: "profanity",
    MODERATION_AUTH_TOKENS: TOKEN,
    MODERATION_POLICY_FILES: policyWithBlocklist(),
    MODERATION_BLOCKLISTS_STORE: "memory",
  });
  client = new ModerationClient(server.address, { token: TOKEN, deadlineMs: 20_000 });
  await client.waitForReady(20_000);
});

after(async () => {
  client?.close();
  await server?.stop();
});

async function failure(call: Promise<unknown>): Promise<ModerationError> {
  const err = await call.then(
    () => assert.fail("the call succeeded"),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ModerationError, String(err));
  return err;
}

test("moderate answers one verdict per item, in request order", async () => {
  const results = await client.moderate([
    textItem("have a lovely day, see you at lunch", "kind"),
    textItem("fuck you, you stupid worthless idiot", "rude"),
  ]);
  assert.deepEqual(
    results.map((r) => r.itemId),
    ["kind", "rude"],
  );
  const [kind, rude] = results.map((r) => r.verdict);
  assert.equal(kind?.decision, Decision.DECISION_ALLOW);
  assert.equal(kind?.flagged, false);
  assert.equal(rude?.flagged, true);
  assert.notEqual(rude?.decision, Decision.DECISION_ALLOW);
  assert.ok(rude?.categories.some((c) => c.flagged));
  assert.equal(rude?.policyId, "default");
  assert.ok(rude?.policyVersion);
  assert.ok([VerdictSource.VERDICT_SOURCE_MODEL, VerdictSource.VERDICT_SOURCE_CACHE].includes(
    rude?.source ?? VerdictSource.VERDICT_SOURCE_UNSPECIFIED,
  ));
});

test("stream answers every item exactly once, as each is known", async () => {
  async function* chat() {
    for (let n = 0; n < 40; n++) {
      yield textItem(n % 4 === 0 ? `you stupid idiot number ${n}` : `hello friend ${n}`, `m${n}`);
    }
  }
  const seen = new Map<string, boolean>();
  for await (const result of client.stream(chat())) {
    assert.ok(!seen.has(result.itemId), `answered twice: ${result.itemId}`);
    assert.ok(result.verdict, `no verdict for ${result.itemId}: ${result.error?.message}`);
    seen.set(result.itemId, result.verdict.flagged);
  }
  assert.equal(seen.size, 40);
  assert.equal(seen.get("m0"), true);
  assert.equal(seen.get("m1"), false);
});

test("a bad item on a stream gets its own error and the stream goes on", async () => {
  const results = [];
  for await (const r of client.stream([{ id: "empty", context: "" }, textItem("hi", "ok")])) {
    results.push(r);
  }
  const byId = new Map(results.map((r) => [r.itemId, r]));
  assert.equal(byId.get("empty")?.error?.code, status.INVALID_ARGUMENT);
  assert.equal(byId.get("empty")?.error?.field, "items[0].text");
  assert.equal(byId.get("ok")?.verdict?.decision, Decision.DECISION_ALLOW);
});

test("invalid input is INVALID_ARGUMENT with the field at fault", async () => {
  const err = await failure(client.moderate([{ id: "x", context: "" }]));
  assert.equal(err.code, status.INVALID_ARGUMENT);
  assert.equal(err.violations[0]?.field, "items[0].text");
  assert.ok(err.violations[0]?.description);
});

test("policies: list, get, and NOT_FOUND with the missing resource", async () => {
  const policies = await client.listPolicies();
  assert.equal(policies[0]?.id, "default");
  assert.equal(policies[0]?.isDefault, true);
  const policy = await client.getPolicy();
  assert.ok(policy.categories.length >= 10);
  const err = await failure(client.getPolicy("no-such-policy"));
  assert.equal(err.code, status.NOT_FOUND);
  assert.equal(err.resource?.resourceName, "no-such-policy");
});

test("deleteJob of a job the caller cannot see is NOT_FOUND naming the job", async () => {
  const err = await failure(client.deleteJob("jobs/0123456789abcdef"));
  assert.equal(err.code, status.NOT_FOUND);
  assert.equal(err.resource?.resourceName, "jobs/0123456789abcdef");
});

test("without the bearer token, or with a wrong one, calls are UNAUTHENTICATED", async () => {
  for (const token of [undefined, "wrong"]) {
    const other = new ModerationClient(server.address, { token });
    try {
      const err = await failure(other.moderate([textItem("hello", "a")]));
      assert.equal(err.code, status.UNAUTHENTICATED);
      const streamErr = await failure(
        (async () => {
          for await (const _ of other.stream([textItem("hello", "a")])) {
            assert.fail("a result without a token");
          }
        })(),
      );
      assert.equal(streamErr.code, status.UNAUTHENTICATED);
    } finally {
      other.close();
    }
  }
});

test("the example runs against the server", async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [resolve(__dirname, "../examples/quickstart.js")],
    { env: { ...process.env, MODERATION_TARGET: server.address, MODERATION_TOKEN: TOKEN } },
  );
  assert.match(stdout, /^c1 DECISION_ALLOW/m);
  assert.match(stdout, /^stream m1 /m);
});

test("the connection comes from the same variables as the Python client and the CLI", () => {
  assert.deepEqual(connectionFromEnv({}), {
    target: DEFAULT_TARGET,
    options: { token: undefined, tls: undefined, serverName: undefined },
  });
  const set = connectionFromEnv({
    MODERATION_TARGET: "dns:///moderation.svc:443",
    MODERATION_TOKEN: "t0ken",
    MODERATION_TLS: "1",
    MODERATION_SERVER_NAME: "moderation.example",
  });
  assert.equal(set.target, "dns:///moderation.svc:443");
  assert.equal(set.options.token, "t0ken");
  assert.deepEqual(set.options.tls, { ca: undefined, cert: undefined, key: undefined });
  assert.equal(set.options.serverName, "moderation.example");
  assert.throws(() => connectionFromEnv({ MODERATION_CERT_FILE: __filename }), /needs its key/);
});

test("a verdict's spans name their category, and a blocklist hit its list and term", async () => {
  const text = "Grüße 👋 — please BUY  followers at my shop";
  const created = await client.createBlocklist("shop", {
    category: "harassment",
    description: "follower sellers",
  });
  assert.equal(created.name, "blocklists/shop");
  try {
    await client.addBlocklistItems("blocklists/shop", [
      { text: "buy followers", kind: BlocklistTermKind.BLOCKLIST_TERM_KIND_WORD },
    ]);
    const [result] = await client.moderate([textItem(text, "shop")]);
    const verdict = result?.verdict;
    assert.ok(verdict, result?.error?.message);
    assert.equal(verdict.decision, Decision.DECISION_BLOCK);
    const [match] = blocklistMatches(verdict);
    assert.deepEqual(match, {
      category: "harassment",
      start: 17,
      end: 31,
      quote: "BUY  followers",
      blocklist: "blocklists/shop",
      term: "buy followers",
    });
    assert.deepEqual(spansOf(verdict), [match]);
    assert.equal(textAt(text, match), match.quote); // offsets in code points, not UTF-16
    assert.match(
      describeResult(result),
      /^shop: BLOCK harassment - .+ at harassment 17-31 "BUY {2}followers" \(blocklists\/shop: buy followers\) \[blocklist, /,
    );
  } finally {
    await client.deleteBlocklist("blocklists/shop");
  }
});
