import { describe, expect, it } from 'vitest';
import { stripPhotoCaptions } from '../../../../src/ingest/clean/lines/photo-captions.ts';

const before = '会议对2024年表现优异的130名先进个人、20名优秀中层干部予以表彰。';
const after = '党委书记张海峰向受到表彰的先进集体和先进个人表示祝贺。';

describe('photo captions', () => {
  it('removes runs of short unpunctuated lines between paragraphs', () => {
    const result = stripPhotoCaptions([before, '先进个人代表', '优秀中层干部', '进步奖', 'PDCA案例竞赛三等奖', after]);
    expect(result.lines).toEqual([before, after]);
  });

  it('removes numbered photo lines and lines repeating the paragraph above', () => {
    const lead = '  3月15日，全市卫生健康工作会议召开。市政府副市长刘岚出席会议并讲话。';
    const result = stripPhotoCaptions([lead, '', '会议现场', '', '  会议现场', '', '市政府副市长刘岚出席会议并讲话 (2)', '', after]);
    expect(result.lines.filter((l) => l.trim())).toEqual([lead, after]);
  });

  it('removes numbered figure lines, not a paragraph that speaks of a figure', () => {
    const figure = '图1显示，全市门诊量逐年上升，2024年达到历史最高。';
    const result = stripPhotoCaptions([before, '图1：会议现场', after, '图2 表彰先进', before, figure]);
    expect(result.lines).toEqual([before, after, before, figure]);
  });

  it('removes 图为 lines and credits; photographers become authors', () => {
    const result = stripPhotoCaptions(['(圖為主會場)', before, '图为会议现场。石榴云/新疆日报记者 谢龙摄', after, '媒體座談會現場。 人民政協網記者 張春莉 攝', after]);
    expect(result.lines).toEqual([before, after, after]);
    expect(result.hints.authors).toEqual(['谢龙', '张春莉']);
  });

  it('removes lines pointing at the photo, and keeps a heading next to one', () => {
    const result = stripPhotoCaptions([before, '▲会议现场', '2024年工作安排', after, '△ 党委书记张海峰讲话', '▲全面加强党的建设，推动事业发展。']);
    expect(result.lines).toEqual([before, '2024年工作安排', after, '▲全面加强党的建设，推动事业发展。']);
  });

  it('removes what a page shows for a photo or video that did not load', () => {
    const result = stripPhotoCaptions([before, '[图片]', '视频加载中...', '您的浏览器不支持视频播放', '（图片来源：网络）', after]);
    expect(result.lines).toEqual([before, after]);
  });

  it('never removes headings, section labels, dates or document titles', () => {
    const lines = [
      before,
      '一、要坚定理想信念',
      '（一）全面落实',
      after,
      '堅持預防為主 提升人民群眾健康素質',
      after,
      '2016年绍兴市卫生计生工作总结',
      '2023年全市卫生健康工作要点',
      after,
      '名 词 解 释',
      '（政府工作报告附件二维码）',
      after,
    ];
    expect(stripPhotoCaptions(lines).lines).toEqual(lines);
  });

  it('keeps a heading that repeats the start of the paragraph below it', () => {
    const lines = [before, '坚持党建引领', '坚持党建引领，推动集团事业高质量发展。', after];
    expect(stripPhotoCaptions(lines).lines).toEqual(lines);
  });
});
