/** The curated topics in content/topics validate, and link only to topics that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/utils/topics/topic-schema.ts';

const files = readdirSync('content/topics').filter((file) => /\.ya?ml$/.test(file));

describe('content/topics', () => {
  const topics = new Map(files.map((file) => [file.replace(/\.ya?ml$/, ''), topicSchema.parse(yaml.load(readFileSync(`content/topics/${file}`, 'utf8')))]));

  it('ships at least 20 topics with ASCII slugs', () => {
    expect(topics.size).toBeGreaterThanOrEqual(20);
    for (const slug of topics.keys()) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('relates topics only to other existing topics', () => {
    for (const [slug, topic] of topics) {
      for (const related of topic.related) {
        expect(topics.has(related), `${slug} → ${related}`).toBe(true);
        expect(related).not.toBe(slug);
      }
    }
  });

  it('rejects a term without two characters besides punctuation, and an unknown group', () => {
    expect(topicSchema.safeParse({ name: 'x', description: 'y', group: 'reform', terms: ['医'] }).success).toBe(false);
    expect(topicSchema.safeParse({ name: 'x', description: 'y', group: 'nowhere', terms: ['医改'] }).success).toBe(false);
    expect(topicSchema.safeParse({ name: 'x', description: 'y', group: 'reform', terms: ['医改'] }).success).toBe(true);
  });
});
