// The official `openai` Node package, unmodified, against the OpenAI-compatible
// /v1/moderations of a running server (BASE_URL and TOKEN from the environment).
// Run by tests/integration/test_http_node.py; exits non-zero on the first failed check.
import assert from "node:assert/strict";
import OpenAI from "openai";

const baseURL = process.env.BASE_URL;
const apiKey = process.env.TOKEN;
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });

const answer = await client.moderations.create({
  model: "omni-moderation-latest",
  input: ["I will kill you tomorrow", "Hello, how are you today?"],
});
const [threat, greeting] = answer.results;
assert.equal(answer.model, "omni-moderation-latest");
assert.ok(threat.flagged && threat.categories.violence, "the threat is flagged");
assert.ok(threat.category_scores.violence > 0 && threat.category_scores.violence <= 1);
assert.equal(greeting.flagged, false, "the greeting is not flagged");
assert.equal(Object.keys(threat.category_scores).length, 13);

const png =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
const mixed = await client.moderations.create({
  model: "omni-moderation-latest",
  input: [
    { type: "text", text: "I will kill you tomorrow" },
    { type: "image_url", image_url: { url: `data:image/png;base64,${png}` } },
  ],
});
assert.equal(mixed.results.length, 1);
assert.deepEqual(mixed.results[0].category_applied_input_types.violence, ["text", "image"]);

const wrong = new OpenAI({ baseURL, apiKey: "wrong", maxRetries: 0 });
await assert.rejects(wrong.moderations.create({ input: "hello" }), (error) => {
  assert.ok(error instanceof OpenAI.AuthenticationError, String(error));
  assert.equal(error.status, 401);
  return true;
});
console.log("ok");
