/**
 * The `--json` record of one ingested input.
 */
import type { Ingested } from '../pipeline.ts';

/** One JSON object per input, as documented in the README; `id` is the entry the input goes into. */
export function toJsonRecord({ draft, description }: Ingested, id: string) {
  return {
    source: draft.source,
    id,
    title: description.title ?? null,
    date: description.date ?? null,
    year: description.year ?? null,
    coveredYear: description.coveredYear ?? null,
    region: {
      province: description.region.province ?? null,
      city: description.region.city ?? null,
      county: description.region.county ?? null,
      code: description.region.code ?? null,
    },
    institution: description.institution ?? null,
    genre: description.genre,
    meetingTypes: description.meetingTypes,
    script: description.script,
    encoding: draft.encoding,
    speakers: description.speakers,
    paragraphs: draft.blocks.map((block) => block.text),
    warnings: draft.messages.filter((m) => m.kind === 'doubtful' || m.kind === 'flagged').map((m) => `${m.rule}: ${m.note}`),
  };
}
