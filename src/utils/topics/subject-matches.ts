/**
 * Which blocks of which reports a subject (a topic, a formulation) covers: a
 * block is a passage of the subject when its match text contains one of the
 * subject's terms. One scan of the corpus serves every subject.
 */
import { stripToMatch } from '../../lib/match-text.ts';
import { toSimplified } from '../../lib/script.ts';
import type { CorpusReport } from './corpus-text.ts';
import { termMatcher } from './term-matcher.ts';

/** A block of a report, by index into the corpus and into the report's blocks. */
export interface Passage {
  report: number;
  block: number;
}

/** Match text of a term written in either script, with any punctuation. */
export function termMatchText(term: string): string {
  return stripToMatch(toSimplified(term.normalize('NFKC')));
}

/**
 * Passages of each subject (`subjects[i]` is the list of its terms), in corpus
 * order, then block order. Terms are normalised like block text.
 */
export function matchSubjects(subjects: readonly (readonly string[])[], reports: readonly CorpusReport[]): Passage[][] {
  const terms: string[] = [];
  const owners: number[][] = [];
  const termIndex = new Map<string, number>();
  subjects.forEach((subjectTerms, subject) => {
    for (const term of subjectTerms) {
      const match = termMatchText(term);
      let index = termIndex.get(match);
      if (index === undefined) {
        index = terms.push(match) - 1;
        termIndex.set(match, index);
        owners.push([]);
      }
      if (!owners[index]!.includes(subject)) owners[index]!.push(subject);
    }
  });
  const find = termMatcher(terms);
  // Subjects of each distinct match text: reposted paragraphs are scanned once.
  const hits = new Map<string, number[]>();
  const subjectsOf = (match: string): number[] => {
    let hit = hits.get(match);
    if (!hit) {
      const found = new Set<number>();
      for (const term of find(match)) for (const subject of owners[term]!) found.add(subject);
      hits.set(match, (hit = [...found]));
    }
    return hit;
  };
  const passages: Passage[][] = subjects.map(() => []);
  reports.forEach((report, r) => {
    report.blocks.forEach((block, b) => {
      for (const subject of subjectsOf(block.match)) passages[subject]!.push({ report: r, block: b });
    });
  });
  return passages;
}

/** Indices of the distinct reports of some passages, in corpus order. */
export function passageReports(passages: readonly Passage[]): number[] {
  return [...new Set(passages.map((passage) => passage.report))].sort((a, b) => a - b);
}
