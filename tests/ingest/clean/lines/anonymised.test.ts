import { describe, expect, it } from 'vitest';
import { countPlaceholders, noteAnonymised } from '../../../../src/ingest/clean/lines/anonymised.ts';

describe('anonymised text', () => {
  it('counts placeholders and keeps the text as written', () => {
    const lines = ['贯彻党的XX大精神，X市卫生健康委要求，**医院与xx县', '学习贯彻_的二十大精神，加强_建工作。'];
    expect(countPlaceholders(lines)).toBe(6);
    const result = noteAnonymised(lines);
    expect(result.lines).toEqual(lines);
    expect(result.notes).toEqual([{ kind: 'doubtful', note: expect.stringContaining('6 处') }]);
  });

  it('counts full-width placeholders too', () => {
    expect(countPlaceholders(['贯彻党的ＸＸ大精神，Ｘ市卫生健康委要求，ｘｘ县医院开展Ｘ光检查。'])).toBe(3);
  });

  it('does not take X光, 1+1+X or Latin words for placeholders', () => {
    expect(countPlaceholders(['开展X光检查，巩固“1+1+X”服务模式，使用Excel表和XML文件。'])).toBe(0);
    expect(noteAnonymised(['开展X光检查。']).notes).toEqual([]);
  });
});
