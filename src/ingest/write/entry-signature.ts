/**
 * The signature of an existing entry's body, for duplicate detection: read
 * roughly (no MDX parse), as every entry of the archive may need it.
 */
import { matchTexts } from '../../lib/match-text.ts';
import { readEntryText } from './existing-entries.ts';
import { splitEntry } from './frontmatter.ts';
import { roughBodyTexts } from './mdx-body.ts';
import { type Signature, shingleSignature } from './shingles.ts';

/** The shingle signature of the body of the entry at `path` (empty when it has none). */
export async function entrySignature(path: string): Promise<Signature> {
  const body = splitEntry((await readEntryText(path)) ?? '')?.body ?? '';
  return shingleSignature(matchTexts(roughBodyTexts(body)));
}
