/**
 * What a verdict says about the text, in the shape callers print or store: each evidence
 * span with the category it supports, and the blocklist matches among them.
 *
 * The generated `Verdict` nests spans under their category (`categories[].evidence[]`);
 * a caller highlighting text wants them flat, with the category named on each.
 */
import {
  Decision,
  type Evidence,
  type ItemResult,
  type Verdict,
  VerdictSource,
} from "./gen/moderation/v1/moderation";

/** A span of the item's text that caused a flag. Offsets are Unicode code points. */
export interface Span {
  /** The flagged category the span supports. */
  category: string;
  /** Where it starts, in code points from 0 (`Array.from(text)` indexes, not UTF-16). */
  start: number;
  /** Where it ends (exclusive), in code points. */
  end: number;
  /** The text there, exactly as in the item. */
  quote: string;
  /** For a blocklist hit: the blocklist's resource name ("blocklists/{id}"). */
  blocklist?: string;
  /** For a blocklist hit: the term that matched. */
  term?: string;
}

/** A blocklist hit: which list, which term, where. */
export type BlocklistMatch = Span & { blocklist: string; term: string };

function span(category: string, e: Evidence): Span {
  const out: Span = { category, start: e.start, end: e.end, quote: e.quote };
  if (e.blocklist) {
    out.blocklist = e.blocklist;
    out.term = e.term;
  }
  return out;
}

/** The evidence of every flagged category, in text order (then by category). */
export function spansOf(verdict: Verdict): Span[] {
  return verdict.categories
    .filter((c) => c.flagged)
    .flatMap((c) => c.evidence.map((e) => span(c.category, e)))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/** The spans that are blocklist hits. */
export function blocklistMatches(verdict: Verdict): BlocklistMatch[] {
  return spansOf(verdict).filter((s): s is BlocklistMatch => s.blocklist !== undefined);
}

/** The text of a span taken from the item by its code-point offsets (what `quote` holds). */
export function textAt(text: string, s: Pick<Span, "start" | "end">): string {
  return Array.from(text).slice(s.start, s.end).join("");
}

const DECISIONS: Partial<Record<Decision, string>> = {
  [Decision.DECISION_ALLOW]: "ALLOW",
  [Decision.DECISION_REVIEW]: "REVIEW",
  [Decision.DECISION_BLOCK]: "BLOCK",
};

function describeSpan(s: Span): string {
  const where = s.blocklist ? ` (${s.blocklist}: ${s.term})` : "";
  return `${s.category} ${s.start}-${s.end} ${JSON.stringify(s.quote)}${where}`;
}

/**
 * One line for a person, as the `moderate` CLI prints it: id, decision, flagged categories,
 * rationale, each span (category, offsets, quote, and the blocklist and term of a hit),
 * source and model.
 */
export function describeResult(result: ItemResult): string {
  const v = result.verdict;
  if (!v) {
    return `${result.itemId}: error ${result.error?.code ?? "?"} ${result.error?.message ?? ""}`;
  }
  const parts = [`${result.itemId}: ${DECISIONS[v.decision] ?? "?"}`];
  const flagged = v.categories.filter((c) => c.flagged).map((c) => c.category);
  if (flagged.length) parts.push(flagged.join(", "));
  if (v.rationale) parts.push(`- ${v.rationale}`);
  const spans = spansOf(v);
  if (spans.length) parts.push(`at ${spans.map(describeSpan).join(", ")}`);
  const source = VerdictSource[v.source]?.replace("VERDICT_SOURCE_", "").toLowerCase() ?? "?";
  parts.push(`[${source}, ${v.model}]`);
  return parts.join(" ");
}
