/**
 * A failed call with its gRPC code and the google.rpc details callers act on.
 *
 * The server puts field violations (BadRequest), retry delays (RetryInfo) and the
 * missing resource (ResourceInfo) in the `grpc-status-details-bin` trailer. Only
 * these three small messages are read, with the protobuf wire reader that the
 * generated code already uses, so the client needs no googleapis protos.
 */
import { BinaryReader } from "@bufbuild/protobuf/wire";
import { type ServiceError, status } from "@grpc/grpc-js";

const DETAILS_KEY = "grpc-status-details-bin";
const TYPE_PREFIX = "type.googleapis.com/google.rpc.";

export interface FieldViolation {
  field: string;
  description: string;
}

export interface ResourceInfo {
  resourceType: string;
  resourceName: string;
}

export class ModerationError extends Error {
  readonly code: status;
  /** BadRequest field violations: which field of the request to fix, and why. */
  readonly violations: FieldViolation[] = [];
  /** RetryInfo: how long the server asks the caller to wait before retrying. */
  retryDelayMs: number | undefined;
  /** ResourceInfo: what was not found. */
  resource: ResourceInfo | undefined;

  constructor(error: ServiceError) {
    super(`${status[error.code] ?? error.code}: ${error.details}`);
    this.name = "ModerationError";
    this.code = error.code;
    for (const raw of error.metadata?.get(DETAILS_KEY) ?? []) {
      if (Buffer.isBuffer(raw)) this.readStatus(raw);
    }
  }

  private readStatus(bytes: Uint8Array): void {
    const reader = new BinaryReader(bytes);
    while (reader.pos < reader.len) {
      const [field, wire] = reader.tag();
      if (field !== 3) {
        reader.skip(wire);
        continue;
      }
      const any = new BinaryReader(reader.bytes());
      let typeUrl = "";
      let value: Uint8Array = new Uint8Array();
      while (any.pos < any.len) {
        const [n, w] = any.tag();
        if (n === 1) typeUrl = any.string();
        else if (n === 2) value = any.bytes();
        else any.skip(w);
      }
      this.readDetail(typeUrl.replace(TYPE_PREFIX, ""), value);
    }
  }

  private readDetail(type: string, bytes: Uint8Array): void {
    if (type === "BadRequest") {
      for (const violation of fieldsOf(bytes, 1)) {
        const [field = "", description = ""] = [1, 2].map((n) => stringsOf(violation, n)[0]);
        this.violations.push({ field, description });
      }
    } else if (type === "RetryInfo") {
      const [delay] = fieldsOf(bytes, 1);
      if (delay !== undefined) this.retryDelayMs = durationMs(delay);
    } else if (type === "ResourceInfo") {
      const [resourceType = "", resourceName = ""] = [1, 2].map((n) => stringsOf(bytes, n)[0]);
      this.resource = { resourceType, resourceName };
    }
  }
}

/** The length-delimited values of field `number` in a message. */
function fieldsOf(bytes: Uint8Array, number: number): Uint8Array[] {
  const reader = new BinaryReader(bytes);
  const found: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const [n, wire] = reader.tag();
    if (n === number && wire === 2) found.push(reader.bytes());
    else reader.skip(wire);
  }
  return found;
}

function stringsOf(bytes: Uint8Array, number: number): string[] {
  return fieldsOf(bytes, number).map((b) => Buffer.from(b).toString("utf8"));
}

/** A google.protobuf.Duration in milliseconds. */
function durationMs(bytes: Uint8Array): number {
  const reader = new BinaryReader(bytes);
  let seconds = 0;
  let nanos = 0;
  while (reader.pos < reader.len) {
    const [n, wire] = reader.tag();
    if (n === 1) seconds = Number(reader.int64());
    else if (n === 2) nanos = reader.int32();
    else reader.skip(wire);
  }
  return seconds * 1000 + nanos / 1e6;
}
