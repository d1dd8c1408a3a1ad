/**
 * Judge two texts, then stream a few more: `npm run build && npm run example`
 * against a server on localhost:50051 (`make run` at the repository root).
 * MODERATION_TARGET, MODERATION_TOKEN and the MODERATION_TLS / _CA_FILE / _CERT_FILE /
 * _KEY_FILE variables are read as by every client of the service.
 */
import { Decision, ModerationClient, textItem } from "../src";

async function main(): Promise<void> {
  const client = new ModerationClient(); // MODERATION_TARGET, MODERATION_TOKEN, ...
  try {
    const results = await client.moderate([
      textItem("have a nice day", "c1"),
      textItem("I will find you and hurt you", "c2"),
    ]);
    for (const r of results) {
      if (r.verdict) {
        const flagged = r.verdict.categories.filter((c) => c.flagged).map((c) => c.category);
        console.log(r.itemId, Decision[r.verdict.decision], flagged);
      } else {
        console.log(r.itemId, "error", r.error?.message);
      }
    }
    const chat = ["hello all", "you are all idiots", "see you tomorrow"];
    for await (const r of client.stream(chat.map((text, n) => textItem(text, `m${n}`)))) {
      console.log("stream", r.itemId, r.verdict ? Decision[r.verdict.decision] : r.error?.message);
    }
  } finally {
    client.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
