import { describe, expect, it } from 'vitest';
import { stripHtmlResidue, unmarkLine } from '../../../../src/ingest/clean/lines/html-residue.ts';

describe('markup residue', () => {
  it('splits lines at block tags and drops inline tags', () => {
    const line = '<p class="ql-block">春华秋实又一载。</p> <p class="ql-block">副院长<span style="color:red">张艳华</span>宣读名单。</p>';
    expect(unmarkLine(line)).toEqual(['春华秋实又一载。', '副院长张艳华宣读名单。']);
  });

  it('decodes entities and removes Markdown images but keeps link text', () => {
    expect(unmarkLine('会议&nbsp;召开&ldquo;健康&rdquo;![](https://x.cn/a.jpg)')).toEqual(['会议 召开“健康”']);
    expect(unmarkLine('详见[工作方案](https://x.cn/a.html)。')).toEqual(['详见工作方案。']);
  });

  it('takes Markdown bold off Chinese text, a whole heading or a phrase', () => {
    expect(unmarkLine('**（一）聚焦稳增长、提质效，经济运行稳中向好**')).toEqual(['（一）聚焦稳增长、提质效，经济运行稳中向好']);
    expect(unmarkLine('会议强调，**要坚持以人民健康为中心**，推进 **HIS 系统** 升级。')).toEqual(['会议强调，要坚持以人民健康为中心，推进 HIS 系统 升级。']);
  });

  it('leaves text that only looks like markup alone', () => {
    expect(unmarkLine('达标率<5%，{X}项')).toBeUndefined();
    expect(unmarkLine('体积3*4*5厘米，** 号为重点，**Note**')).toBeUndefined();
    // `**` set in Chinese text stands for an anonymised name.
    expect(unmarkLine('**市**县卫生健康局在**医院和**中心召开会议。')).toBeUndefined();
    expect(unmarkLine('<script>alert(1)</script>')).toBeUndefined();
    expect(unmarkLine('清单[1]扩容增效')).toBeUndefined();
  });

  it('reports what it repaired', () => {
    const result = stripHtmlResidue(['<p>一</p>', '二']);
    expect(result.lines).toEqual(['一', '二']);
    expect(result.notes[0]?.kind).toBe('repaired');
  });
});
