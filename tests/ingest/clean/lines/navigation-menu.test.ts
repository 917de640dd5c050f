import { describe, expect, it } from 'vitest';
import { findMenuLines } from '../../../../src/ingest/clean/lines/navigation-menu.ts';

const body = ['同志们：', '今天，我们召开全县卫生健康工作会议，会议的主要任务是总结工作、部署任务。', '同志们，让我们共同努力。'];

describe('navigation menus', () => {
  it('removes bulleted menus above and below the body', () => {
    const lines = ['• 休闲生活', '  • 教育教学', '  • 经济贸易', ...body, '    • 文化', '    • 职场'];
    expect([...findMenuLines(lines)]).toEqual([0, 1, 2, 6, 7]);
  });

  it('removes runs of short category lines and a mashed menu bar', () => {
    const lines = ['网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿', '首页', '新闻', '通知', '专题', '在全县卫生健康工作会议上的讲话', ...body];
    expect([...findMenuLines(lines)].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps a short headline right above the body', () => {
    const lines = ['首页', '新闻', '通知', '专题', '工作总结', '', ...body];
    expect([...findMenuLines(lines)].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps a kicker, headline and subtitle above the body', () => {
    const lines = ['推动业务水平再提升', '全省工作会议召开', '何偉出席并講話', ...body];
    expect(findMenuLines(lines).size).toBe(0);
  });

  it('keeps short lines inside the body', () => {
    const lines = [body[1] ?? '', '教育', '文化', '职场', '电脑', body[2] ?? ''];
    expect(findMenuLines(lines).size).toBe(0);
  });
});
