import { describe, expect, it } from 'vitest';
import { resolveAuthors, resolveSite, resolveUrl } from '../../../src/ingest/describe/source.ts';
import { hintsOf } from './context-of.ts';

describe('source', () => {
  it('takes the first site that names a source', () => {
    expect(resolveSite(hintsOf({ sites: ['网络整理', '网站编辑', '衡阳县融媒体中心'] }))).toBe('衡阳县融媒体中心');
    expect(resolveSite(hintsOf({ sites: ['查看'] }))).toBeUndefined();
  });

  it("names the site's owner only when no source is named", () => {
    expect(resolveSite(hintsOf({ sites: ['衡阳县融媒体中心'], hosts: ['衡阳县人民政府'] }))).toBe('衡阳县融媒体中心');
    expect(resolveSite(hintsOf({ sites: ['网络整理'], hosts: ['衡阳县人民政府'] }))).toBe('衡阳县人民政府');
  });

  it('takes the first http(s) URL', () => {
    expect(resolveUrl(hintsOf({ urls: ['javascript:void(0)', 'http://www.fm120.net/content/201903/032Ga022019.html'] })))
      .toBe('http://www.fm120.net/content/201903/032Ga022019.html');
    expect(resolveUrl(hintsOf({ urls: ['not a url'] }))).toBeUndefined();
  });

  it('lists the authors once each', () => {
    expect(resolveAuthors(hintsOf({ authors: ['吴履山', '董沛', '吴履山'] }))).toEqual(['吴履山', '董沛']);
  });
});
