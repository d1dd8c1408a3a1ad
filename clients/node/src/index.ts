/** moderation-client: a typed Node.js client for the moderation.v1 gRPC service. */
export {
  type CallOptions,
  type ClientOptions,
  connectionFromEnv,
  DEFAULT_TARGET,
  imageItem,
  ModerationClient,
  textItem,
  tlsFromEnv,
  type TlsOptions,
} from "./client";
export {
  type BlocklistMatch,
  blocklistMatches,
  describeResult,
  type Span,
  spansOf,
  textAt,
} from "./verdicts";
export { type FieldViolation, ModerationError, type ResourceInfo } from "./errors";
export * from "./gen/moderation/v1/moderation";
