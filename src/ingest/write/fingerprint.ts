/**
 * The `generated` fingerprint: a hash of the entry as ingest wrote it
 * (the whole file without the `generated` line). An entry whose content no
 * longer matches its fingerprint was edited by hand, and ingest keeps it.
 */
import { hash } from 'node:crypto';

const GENERATED_LINE = /^generated: "([0-9a-f]{16})"\n/m;

/** Fingerprint of an entry's text written without its `generated` line. */
export function fingerprintOf(text: string): string {
  return hash('sha256', text).slice(0, 16);
}

/**
 * The entry text with its fingerprint: `frontmatter` is the YAML without
 * `generated` (ending in a newline); the `generated` line closes it.
 */
export function stampEntry(frontmatter: string, body: string): string {
  const unstamped = `---\n${frontmatter}---\n\n${body}`;
  return `---\n${frontmatter}generated: "${fingerprintOf(unstamped)}"\n---\n\n${body}`;
}

/** Whether an entry's text is exactly what ingest wrote (it has a `generated` line that matches). */
export function isAsGenerated(text: string): boolean {
  const end = text.indexOf('\n---\n', 3);
  if (!text.startsWith('---\n') || end < 0) return false;
  const frontmatter = text.slice(0, end + 1);
  const match = GENERATED_LINE.exec(frontmatter);
  if (!match) return false;
  const unstamped = frontmatter.slice(0, match.index) + frontmatter.slice(match.index + match[0].length) + text.slice(end + 1);
  return fingerprintOf(unstamped) === match[1];
}
