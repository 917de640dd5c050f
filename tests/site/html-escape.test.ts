import { describe, expect, it } from 'vitest';
// What Astro's templates write for `{text}` and `name={value}` (the runtime the compiled pages call).
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { toAttributeString } from 'astro/runtime/server/render/util.js';
import { escapeAttribute, escapeHtml } from '../../src/utils/html-escape.ts';

const SAMPLES = ['', '卫生健康', '<5% & 2019~2023年', '"一岗双责"与\'两个维护\'', '<script>alert(1)</script>', '&amp; &#39; {X} 3*4*5', 'a&&b""c<<d>>e'];

describe('escapeHtml and escapeAttribute', () => {
  it('write what Astro writes for text and for attribute values', () => {
    for (const sample of SAMPLES) {
      expect(escapeHtml(sample)).toBe(escapeHTML(sample));
      expect(escapeAttribute(sample)).toBe(toAttributeString(sample));
    }
  });

  it('leave no markup in text', () => {
    expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
  });
});
