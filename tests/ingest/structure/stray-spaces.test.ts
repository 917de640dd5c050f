import { describe, expect, it } from 'vitest';
import { closeStraySpaces, closeStraySpacesInBlocks } from '../../../src/ingest/structure/stray-spaces.ts';
import type { Block } from '../../../src/ingest/types.ts';

const unchanged = (text: string) => expect(closeStraySpaces(text)).toEqual({ text, closed: 0 });

describe('stray spaces in prose', () => {
  it('closes a space a PDF extraction left inside a sentence (govreports-2024, 中山 and 凉山)', () => {
    expect(closeStraySpaces('全市上下深入贯彻落实习近平总书记视察 广东重要讲话、重要指示精神，认真贯彻落实省委部署。')).toEqual({
      text: '全市上下深入贯彻落实习近平总书记视察广东重要讲话、重要指示精神，认真贯彻落实省委部署。',
      closed: 1,
    });
    expect(closeStraySpaces('用地保障有力，增长1.6%。取得21个独立选址项 目1.7万亩、43个批次项目0.6万亩。').text).toBe(
      '用地保障有力，增长1.6%。取得21个独立选址项目1.7万亩、43个批次项目0.6万亩。',
    );
  });

  it('closes several, one to a stretch between punctuation marks', () => {
    const text = '会议坚持以习近平新时代中国特色 社会主义思想为指导，深入贯彻习近平总 书记关于健康中国重要论述，全面贯彻党的二十 大精神。';
    expect(closeStraySpaces(text)).toEqual({ text: text.replaceAll(' ', ''), closed: 3 });
  });

  it('keeps the spaces of text with little sentence punctuation: speaker lines, headline phrases, lists', () => {
    unchanged('市人民政府市长 秦凤玉');
    unchanged('堅持預防為主 提升人民群眾健康素質');
    unchanged('党风廉政建设 安全生产，警钟长鸣');
  });

  it('keeps spaces where one stretch holds several (a byline), or where they outnumber the punctuation', () => {
    unchanged('記者 鄒啟明 通訊員 汪敏 報道：3月4日，縣衛健局召開2024年衛生健康工作會議，部署全年工作。');
    unchanged('卫生健康 工作会议 召开，全市卫生 健康 系统 干部 参加。');
  });

  it('keeps a space between two short runs (two names) and before a label', () => {
    unchanged('出席会议的有：张三 李四，会议由王五主持，全体干部参加。');
    unchanged('職能部門 開場舞：《蛇舞迎春》歡聲和笑語久久回蕩，溫馨與希望交織蔓延。');
  });

  it('keeps spaces inside book titles, quotation marks and brackets', () => {
    unchanged('會上，該局負責人就《改革創新 強基固本 全面提升》作了報告，會議指出，成績來之不易。');
    unchanged('开展“健康促进 全民参与”主题活动，覆盖全县，群众满意。');
  });

  it('closes spaces in paragraphs only, and says how many it closed', () => {
    const blocks: Block[] = [
      { type: 'heading', depth: 2, text: '一、2023年工作回顾 过去的一年，极不寻常，极不容易' },
      { type: 'paragraph', text: '有效提升 急危重症救治能力，推动更多优质医疗资源下沉，群众就医更便捷。' },
    ];
    const { blocks: closed, message } = closeStraySpacesInBlocks(blocks);
    expect(closed.map((block) => block.text)).toEqual([blocks[0]!.text, '有效提升急危重症救治能力，推动更多优质医疗资源下沉，群众就医更便捷。']);
    expect(message).toEqual({ rule: 'close-stray-spaces', kind: 'repaired', note: '去除句中字间空格 1 处' });
    expect(closeStraySpacesInBlocks([blocks[0]!]).message).toBeUndefined();
  });
});
