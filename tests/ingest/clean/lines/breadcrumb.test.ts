import { describe, expect, it } from 'vitest';
import { breadcrumbSegments, stripBreadcrumbs } from '../../../../src/ingest/clean/lines/breadcrumb.ts';

describe('breadcrumbs', () => {
  it('recognises announced trails and trails starting at the home page', () => {
    expect(breadcrumbSegments('  • 当前位置: 达达文档网 > 达达文库 > 建筑房产 > 正文', false)).toHaveLength(4);
    expect(breadcrumbSegments('首頁>要聞 要聞', false)).toEqual(['首頁', '要聞 要聞']);
    expect(breadcrumbSegments('当前位置: 首页', false)).toBeDefined();
    expect(breadcrumbSegments('>政务频道 >政务公开 >本局文件', false)).toBeDefined();
  });

  it('takes an unannounced trail only around the body', () => {
    expect(breadcrumbSegments('讲话致辞 >在2024年全县卫生健康工作会议上的讲话', true)).toBeDefined();
    expect(breadcrumbSegments('收缩压>140', false)).toBeUndefined();
    expect(breadcrumbSegments('血压控制率>60%，达到目标。', true)).toBeUndefined();
  });

  it('keeps a long last segment as a title hint', () => {
    const result = stripBreadcrumbs(['会议召开。会议要求，抓好落实。', '讲话致辞 >在2024年全县卫生健康工作会议上的讲话']);
    expect(result.lines).toEqual(['会议召开。会议要求，抓好落实。']);
    expect(result.hints.titles).toEqual(['在2024年全县卫生健康工作会议上的讲话']);
  });
});
