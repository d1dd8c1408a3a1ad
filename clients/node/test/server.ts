/**
 * Starts the real Python server (embedded local backend) on a free loopback port.
 *
 * The interpreter is MODERATION_PYTHON, else the repository's .venv (what `make test`
 * builds); the tests talk to the server only over gRPC, as any Node caller would.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { connect, createServer } from "node:net";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "../../../..");

export interface RunningServer {
  address: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => done(socket.destroy() !== undefined));
    socket.once("error", () => done(false));
  });
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const python = process.env.MODERATION_PYTHON ?? resolve(REPO_ROOT, ".venv/bin/python");
  if (!existsSync(python)) {
    throw new Error(`no Python at ${python}: run \`make install\` or set MODERATION_PYTHON`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(python, ["-m", "moderation.cli"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      MODERATION_BACKEND: "local",
      MODERATION_HOST: "127.0.0.1",
      MODERATION_PORT: String(port),
      MODERATION_METRICS_PORT: "0",
      MODERATION_GRACE_SECONDS: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = once(child, "exit");
  const deadline = Date.now() + 120_000;
  while (!(await accepting(port))) {
    if (child.exitCode !== null) throw new Error(`the server exited at start:\n${log}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not listen within 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address: `127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
