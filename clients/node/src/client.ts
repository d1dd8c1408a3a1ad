/**
 * A small typed client for moderation.v1 over @grpc/grpc-js.
 *
 * The generated stub (src/gen, from protos/ by ts-proto) is callback-based; this
 * wraps it in promises and async iterables, sends the bearer token on every call,
 * and turns failures into `ModerationError` with the server's rich details.
 */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import {
  type ChannelCredentials,
  type ChannelOptions,
  credentials,
  Metadata,
  type ServiceError,
} from "@grpc/grpc-js";
import {
  type AddBlocklistItemsResponse,
  Blocklist,
  type BlocklistTerm,
  type CreateBlocklistResponse,
  type DeleteBlocklistResponse,
  type DeleteJobResponse,
  type GetPolicyResponse,
  type Item,
  type ItemResult,
  type ListPoliciesResponse,
  type ModerateResponse,
  ModerationServiceClient,
  type Policy,
} from "./gen/moderation/v1/moderation";
import { ModerationError } from "./errors";

/**
 * round_robin, so a `dns:///` target behind a headless Service spreads calls over
 * every pod instead of pinning one long-lived HTTP/2 connection to one of them; and
 * the Python client's retry policy: UNAVAILABLE (a replica going away) and
 * RESOURCE_EXHAUSTED (a replica full) are retried, waiting exactly the server's
 * `grpc-retry-pushback-ms` when it sends one, with throttling so a struggling fleet
 * is not hit twice as hard.
 */
const SERVICE_CONFIG = JSON.stringify({
  loadBalancingConfig: [{ round_robin: {} }],
  methodConfig: [
    {
      name: [{ service: "moderation.v1.ModerationService" }],
      retryPolicy: {
        maxAttempts: 4,
        initialBackoff: "0.2s",
        maxBackoff: "5s",
        backoffMultiplier: 2,
        retryableStatusCodes: ["UNAVAILABLE", "RESOURCE_EXHAUSTED"],
      },
    },
  ],
  retryThrottling: { maxTokens: 10, tokenRatio: 0.1 },
});

export interface TlsOptions {
  /** PEM of the CA that signed the server's certificate; the system roots when absent. */
  ca?: Buffer;
  /** PEM client certificate and key, for servers that require mutual TLS. */
  cert?: Buffer;
  key?: Buffer;
}

export interface ClientOptions {
  /** Sent as `authorization: Bearer <token>` on every call; default MODERATION_TOKEN. */
  token?: string;
  /**
   * TLS settings; default from MODERATION_TLS, MODERATION_CA_FILE, MODERATION_CERT_FILE and
   * MODERATION_KEY_FILE, else plaintext (loopback, or a mesh that encrypts).
   */
  tls?: TlsOptions;
  /** The name to check the server's certificate for; default MODERATION_SERVER_NAME. */
  serverName?: string;
  /** Deadline of each call in milliseconds (default 30 s); the server enforces it per item. */
  deadlineMs?: number;
  /** Extra grpc-js channel options. */
  channelOptions?: ChannelOptions;
}

export interface CallOptions {
  /** The policy to apply; the server's default when absent. */
  policyId?: string;
  /** Overrides the client's deadline for this call. */
  deadlineMs?: number;
}

/** A text item; the id is echoed in its result. */
export function textItem(text: string, id: string, context = ""): Item {
  return { id, text, context };
}

/** An image item (JPEG, PNG, GIF or WebP bytes); an empty media type is read from the bytes. */
export function imageItem(data: Buffer, mediaType: string, id: string, context = ""): Item {
  return { id, image: { data, mediaType }, context };
}

export const DEFAULT_TARGET = "localhost:50051";
const TRUE = new Set(["1", "true", "yes", "on"]);

/**
 * The connection settings every client of this service reads (the Python client and the
 * `moderate` CLI read the same ones): MODERATION_TARGET, MODERATION_TOKEN, MODERATION_TLS,
 * MODERATION_CA_FILE, MODERATION_CERT_FILE, MODERATION_KEY_FILE, MODERATION_SERVER_NAME.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): {
  target: string;
  options: ClientOptions;
} {
  return {
    target: env.MODERATION_TARGET || DEFAULT_TARGET,
    options: {
      token: env.MODERATION_TOKEN || undefined,
      tls: tlsFromEnv(env),
      serverName: env.MODERATION_SERVER_NAME || undefined,
    },
  };
}

/** TLS from MODERATION_TLS and the PEM files the variables name; undefined for plaintext. */
export function tlsFromEnv(env: NodeJS.ProcessEnv = process.env): TlsOptions | undefined {
  const read = (name: string): Buffer | undefined => {
    const path = env[name];
    return path ? readFileSync(path) : undefined;
  };
  const ca = read("MODERATION_CA_FILE");
  const cert = read("MODERATION_CERT_FILE");
  const key = read("MODERATION_KEY_FILE");
  if (Boolean(cert) !== Boolean(key)) {
    throw new Error(
      "a client certificate needs its key: set MODERATION_CERT_FILE and MODERATION_KEY_FILE, or neither",
    );
  }
  const on = TRUE.has((env.MODERATION_TLS ?? "").trim().toLowerCase()) || Boolean(ca || cert);
  return on ? { ca, cert, key } : undefined;
}

export class ModerationClient {
  private readonly stub: ModerationServiceClient;
  private readonly token: string | undefined;
  private readonly deadlineMs: number;

  /**
   * `address` defaults to MODERATION_TARGET (else localhost:50051); the token, TLS and
   * server name not given in `options` come from the same variables as the Python client.
   */
  constructor(address?: string, options: ClientOptions = {}) {
    const env = process.env;
    const tls = options.tls ?? tlsFromEnv(env); // files are read only when options give none
    const serverName = options.serverName ?? (env.MODERATION_SERVER_NAME || undefined);
    const channelCredentials: ChannelCredentials = tls
      ? credentials.createSsl(tls.ca ?? null, tls.key ?? null, tls.cert ?? null)
      : credentials.createInsecure();
    const target = address ?? (env.MODERATION_TARGET || DEFAULT_TARGET);
    this.stub = new ModerationServiceClient(target, channelCredentials, {
      "grpc.service_config": SERVICE_CONFIG,
      ...(serverName ? { "grpc.ssl_target_name_override": serverName } : {}),
      ...options.channelOptions,
    });
    this.token = options.token ?? (env.MODERATION_TOKEN || undefined);
    this.deadlineMs = options.deadlineMs ?? 30_000;
  }

  /** Resolves once the channel is connected, or rejects after `timeoutMs`. */
  async waitForReady(timeoutMs: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stub.waitForReady(Date.now() + timeoutMs, (err) => (err ? reject(err) : resolve()));
    });
  }

  /** One result per item, in request order: a verdict, or that item's error. */
  async moderate(items: Item[], options: CallOptions = {}): Promise<ItemResult[]> {
    const request = { items, policyId: options.policyId ?? "" };
    const response = await this.unary<ModerateResponse>((done) =>
      this.stub.moderate(request, this.metadata(), this.callOptions(options), done),
    );
    return response.results;
  }

  /**
   * Results as soon as each is known (completion order; match them by `itemId`).
   * Items are written as the iterable yields them, with flow control: a slow
   * reader slows the writer rather than filling memory.
   */
  async *stream(
    items: Iterable<Item> | AsyncIterable<Item>,
    options: CallOptions = {},
  ): AsyncGenerator<ItemResult> {
    const call = this.stub.moderateStream(this.metadata(), this.callOptions(options));
    const policyId = options.policyId ?? "";
    let writeError: unknown;
    const writing = (async () => {
      for await (const item of items) {
        if (!call.write({ items: [item], policyId })) await once(call, "drain");
      }
      call.end();
    })().catch((err: unknown) => {
      writeError = err;
      call.cancel();
    });
    try {
      for await (const message of call) {
        const result = (message as { result?: ItemResult }).result;
        if (result) yield result;
      }
    } catch (err) {
      throw writeError ?? wrap(err);
    } finally {
      call.cancel();
      await writing;
    }
    if (writeError) throw writeError;
  }

  async listPolicies(): Promise<Policy[]> {
    const response = await this.unary<ListPoliciesResponse>((done) =>
      this.stub.listPolicies({}, this.metadata(), this.callOptions({}), done),
    );
    return response.policies;
  }

  /** One policy; a `ModerationError` with code NOT_FOUND and `resource` set if unknown. */
  async getPolicy(policyId = ""): Promise<Policy> {
    const response = await this.unary<GetPolicyResponse>((done) =>
      this.stub.getPolicy({ policyId }, this.metadata(), this.callOptions({}), done),
    );
    if (!response.policy) throw new Error("the server answered GetPolicy without a policy");
    return response.policy;
  }

  /**
   * Deletes a job: its items, its results and its Message Batches (cancelled first if it
   * still runs); resolves to the job's name. Another tenant's job, like an unknown one,
   * rejects with a `ModerationError` of code NOT_FOUND.
   */
  async deleteJob(name: string): Promise<string> {
    const response = await this.unary<DeleteJobResponse>((done) =>
      this.stub.deleteJob({ name }, this.metadata(), this.callOptions({}), done),
    );
    return response.name;
  }

  /**
   * Creates a blocklist of the caller's tenant: its terms flag `category` in every policy
   * that names it (`blocklists = ["<id>"]`), and a hit's span names the list and the term.
   */
  async createBlocklist(
    blocklistId: string,
    blocklist: { category: string; description?: string; terms?: BlocklistTerm[] },
  ): Promise<Blocklist> {
    const request = { blocklistId, blocklist: Blocklist.fromPartial(blocklist) };
    const response = await this.unary<CreateBlocklistResponse>((done) =>
      this.stub.createBlocklist(request, this.metadata(), this.callOptions({}), done),
    );
    if (!response.blocklist) throw new Error("the server answered without the blocklist");
    return response.blocklist;
  }

  /** Adds terms to a blocklist ("blocklists/{id}"); resolves to the list as stored. */
  async addBlocklistItems(name: string, terms: BlocklistTerm[]): Promise<Blocklist> {
    const response = await this.unary<AddBlocklistItemsResponse>((done) =>
      this.stub.addBlocklistItems({ name, terms }, this.metadata(), this.callOptions({}), done),
    );
    if (!response.blocklist) throw new Error("the server answered without the blocklist");
    return response.blocklist;
  }

  /** Deletes a blocklist ("blocklists/{id}"); resolves to its name. */
  async deleteBlocklist(name: string): Promise<string> {
    const response = await this.unary<DeleteBlocklistResponse>((done) =>
      this.stub.deleteBlocklist({ name }, this.metadata(), this.callOptions({}), done),
    );
    return response.name;
  }

  close(): void {
    this.stub.close();
  }

  private metadata(): Metadata {
    const metadata = new Metadata();
    // Per call rather than as call credentials: grpc-js refuses those on plaintext channels.
    if (this.token) metadata.set("authorization", `Bearer ${this.token}`);
    return metadata;
  }

  private callOptions(options: CallOptions): { deadline: Date } {
    return { deadline: new Date(Date.now() + (options.deadlineMs ?? this.deadlineMs)) };
  }

  private unary<T>(
    start: (done: (err: ServiceError | null, value: T) => void) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      start((err, value) => (err ? reject(new ModerationError(err)) : resolve(value)));
    });
  }
}

function wrap(err: unknown): unknown {
  const maybe = err as Partial<ServiceError>;
  return typeof maybe.code === "number" && maybe.metadata !== undefined
    ? new ModerationError(maybe as ServiceError)
    : err;
}
