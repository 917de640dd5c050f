/**
 * Which formulations speak of a topic: those whose key holds one of the
 * topic's terms (紧密型县域医共体 and 县域医共体 of 医共体建设, 一岗双责 of the
 * integrity topic). A topic page lists them, a formulation page its topics.
 */
import { termMatchText } from './subject-matches.ts';

/** The two directions of the relation, by index into the topics and the formulations. */
export interface SubjectRelations {
  /** Per topic, its formulations, most used first. */
  formulationsOfTopic: number[][];
  /** Per formulation, its topics, in topic order. */
  topicsOfFormulation: number[][];
}

/** Relates topics (their terms) and formulations (their keys and report counts). */
export function relateSubjects(topicTerms: readonly (readonly string[])[], formulations: ReadonlyArray<{ key: string; reports: number }>): SubjectRelations {
  const topicKeys = topicTerms.map((terms) => [...new Set(terms.map(termMatchText))]);
  const formulationsOfTopic: number[][] = topicKeys.map(() => []);
  const topicsOfFormulation = formulations.map(({ key }, f) => {
    const topics: number[] = [];
    topicKeys.forEach((keys, t) => {
      if (!keys.some((term) => key.includes(term))) return;
      topics.push(t);
      formulationsOfTopic[t]!.push(f);
    });
    return topics;
  });
  for (const list of formulationsOfTopic) list.sort((a, b) => formulations[b]!.reports - formulations[a]!.reports || a - b);
  return { formulationsOfTopic, topicsOfFormulation };
}
