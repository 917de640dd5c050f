/**
 * Page chrome: share buttons, app banners, font-size switches, "back to top"
 * links, visitor greetings, lines tagged as advertising, an article's length
 * and reading time, calls to follow an account, pagers, a label announcing
 * the full text (`全文如下：`), topic tags (`#卫生健康#`) and the like, left
 * as lines of their own by the scrape.
 */
import { dropLines, lineRule, type LineOutcome } from './line-rule.ts';
import { wordsPattern } from './keyword-pattern.ts';
import { readable, withoutPinyin } from './shape.ts';

/** Words of web-page controls; a line made only of these is chrome. */
const CONTROL_WORDS = [
  '分享到', '分享', '转发', '立即下载', '下载文档', '下载', '点击查看全文', '查看全文', '阅读全文', '展开全文', '查看更多',
  '点击阅读', '回首页', '返回首页', '返回列表', '返回', '回顶部', '返回顶部', '顶部', '字号', '字体', '大', '中', '小', '默认',
  '打印本页', '打印文本', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '加入收藏', '收藏', '设为首页', '手机扫一扫', '分享本页',
  '扫一扫在手机打开当前页', '扫一扫', '在手机打开当前页', '微信扫一扫', '微信', '微博', '朋友圈', 'QQ空间',
  '客户端', '点赞', '评论', '复制链接', '我要纠错', '纠错', '上一篇', '下一篇', '视力保护色', '护眼模式', '放大', '缩小',
  '简体', '繁体', '无障碍', '保存', '扫码关注', '关注我们', '扫描二维码', '长按', '识别', '二维码', '手机版', '电脑版', '网站首页', '首页',
  // Document sites' buttons.
  '举报', '反馈', '免费下载', '加入VIP', '点击加载更多', '加载更多', '继续阅读', '全文阅读', '广告',
  // WeChat articles: the call to follow above the article, the link and buttons below it.
  '点击上方蓝字', '点击蓝字', '关注该公众号', '阅读原文', '在看', '赞', '写留言', '留言', '听过',
  // Labels and prompts about the page's layout.
  '正文', '点击图片查看大图', '点击查看大图', '查看大图', '点击图片',
];

/** One control word (either script). */
export const CONTROL_WORD = new RegExp(wordsPattern(CONTROL_WORDS), 'gu');
/** Separators found between controls (`【字体：大 中 小】`, `分享到：`, `返 回`). */
const SEPARATORS = /[\s\u3000:：|｜/·•>＞\[\]()（）【】,，、-]+/g;

/** A banner for a site's app, its name and 客户端 alone (`新浪新闻客户端`, `人民日报客户端`). */
const APP_BANNER = /^\p{Script=Han}{2,10}客[户戶]端$/u;

/** A site's greeting to its visitor: `您好：北京…公司`, `欢迎来到…招标网`. */
const GREETING = /^[\s\u3000]*(?:您好[:：,，]|欢迎来到|欢迎访问|欢迎光临|歡迎來到|歡迎訪問|歡迎光臨)/u;

/** A line the site tags as advertising: `【广告】扫码领取…`, `[推广]…`. */
const ADVERTISEMENT = /^[\s\u3000]*[【\[［(（]\s*(?:广告|廣告|推广|推廣)\s*[】\]］)）]/u;

/** Any of the words, in either script. */
const anyOf = (...words: string[]): string => `(?:${wordsPattern(words)})`;
/** An article's length (`本文共3000字`) or the time it takes to read (`预计阅读时间 5 分钟`), after a `阅读提示：` label or not. */
const READING_TIME = new RegExp(
  `^(?:${anyOf('阅读提示')}\\s*[:：]?\\s*)?(?:${anyOf('本文', '全文')}\\s*${anyOf('共约', '共', '约')}?\\s*[\\d,，]+\\s*字|${anyOf('预计')}?${anyOf('阅读')}${anyOf('时间', '时长', '约需', '需要', '需')}?\\s*[:：]?\\s*${anyOf('约')}?\\s*\\d+\\s*${anyOf('分钟')})`,
  'u',
);
/** A call to follow the account above or below an article, and nothing more (`点击上方“健康发布”，关注我们`, `戳蓝字关注`). */
const FOLLOW_CALL = new RegExp(
  `^${anyOf('点击', '轻触', '戳')}${anyOf('上方', '下方', '上面', '下面', '顶部', '底部', '蓝字', '标题', '这里', '此处')}.{0,16}?${anyOf('关注', '订阅', '设为星标')}${anyOf('我们', '本号', '公众号')}?[!！。]?$`,
  'u',
);
/**
 * An invitation to follow the account for more, and nothing more (`更多精彩内容，请关注“健康发布”微信公众号`,
 * `欢迎关注健康发布视频号`, `长按识别二维码关注我们`).
 */
const FOLLOW_INVITATION = new RegExp(
  `^(?:${anyOf('更多')}[^，,。]{0,8}[，,]\\s*)?${anyOf('请', '欢迎', '敬请', '长按识别二维码', '长按二维码', '扫码', '扫描二维码')}?\\s*${anyOf('关注')}[^，,。]{0,16}?(?:${anyOf('我们')}|${anyOf('微信')}?${anyOf('公众号', '视频号', '客户端', '抖音号', '头条号', '微博')})[!！。]?$`,
  'u',
);
/**
 * A call to read more in the medium's app (`（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）`,
 * `下载某某客户端，看更多新闻`), and nothing more.
 */
const APP_PROMOTION = new RegExp(
  `^[(（]?(?:${anyOf('本文来自')}[^，,。]{2,12}[，,]\\s*)?(?:${anyOf('更多')}[^，,。]{0,8}[，,]?\\s*)?${anyOf('请', '欢迎')}?${anyOf('下载', '打开')}[“"]?[^，,。“”"]{2,12}[”"]?\\s*(?:APP|App|app|${anyOf('客户端')})(?:[，,][^，,。]{2,12})?[。！!]?[)）]?$`,
  'u',
);
/** What a page calls the text it gives, and of what (`讲话全文`, `报告原文`). */
const FULL_TEXT = `${anyOf('讲话', '报告', '文件', '通知')}?${anyOf('全文', '原文', '正文')}`;
/** A label announcing the full text below it, and nothing more (`全文如下：`, `以下为讲话全文：`, `【附全文】`); a sentence that ends so (`现将全文刊发如下：`) stays. */
const FULL_TEXT_LABEL = new RegExp(`^[【\\[（(]?(?:${FULL_TEXT}${anyOf('如下')}|${anyOf('以下')}${anyOf('是', '为')}?${FULL_TEXT}|${anyOf('附')}${FULL_TEXT})[】\\]）)]?[:：。]?$`, 'u');
/** Topic tags alone on a line (`#卫生健康# #基层医疗#`, `#健康中国 #医改`): the platform's labels, not the report's words. */
const HASHTAGS = /^(?:[#＃][\p{L}\p{N}]{2,20}[#＃]?[\s\u3000]*)+$/u;
/** A pager under a story split over pages (`上一页 1 2 3 下一页`, `首页 上一页 下一页 尾页`). */
const PAGER = new RegExp(`^(?:(?:${anyOf('首页', '上一页', '下一页', '尾页', '末页')}|[\\[【]?\\d{1,3}[\\]】]?)[\\s\u3000|｜]*)+$`, 'u');
const PAGER_STEP = new RegExp(anyOf('上一页', '下一页'), 'u');

/** The counts left of a line of buttons once their words are gone: digits, a 万 or k. */
const BUTTON_COUNTS = /^(?:\d+(?:\.\d+)?[万wWkK+]?)+$/u;

/** Longest line stating a reading time, calling to follow or paging. */
const PROMPT_MAX = 40;

/** True when the line consists only of page controls, or is a site's greeting, app banner or advertisement, a reading time, a call to follow or to read in an app, a full-text label, topic tags or a pager. */
export function isChromeLine(line: string): boolean {
  if (line.length > 120) return false;
  if (GREETING.test(line) && line.length <= 60) return true;
  if (ADVERTISEMENT.test(line)) return true;
  const prompt = readable(line);
  if (prompt.length <= PROMPT_MAX && (READING_TIME.test(prompt) || FOLLOW_CALL.test(prompt) || FOLLOW_INVITATION.test(prompt) || FULL_TEXT_LABEL.test(prompt) || HASHTAGS.test(prompt) || APP_PROMOTION.test(prompt) || (PAGER_STEP.test(prompt) && PAGER.test(prompt)))) return true;
  const bare = withoutPinyin(line).replace(SEPARATORS, '');
  if (bare === '' || bare.length > 40) return false;
  if (APP_BANNER.test(bare)) return true;
  const rest = bare.replace(CONTROL_WORD, '').replace(SEPARATORS, '');
  // A button may show how often it was pressed (`在看 12`, `赞 3.4万`).
  return rest === '' || (rest.length < bare.length && BUTTON_COUNTS.test(rest));
}

/** Removes lines made only of page controls. */
export function stripPageChrome(lines: readonly string[]): LineOutcome {
  const drop = new Set<number>();
  lines.forEach((line, i) => isChromeLine(line) && drop.add(i));
  return dropLines(lines, drop, '页面按钮与横幅');
}

/** Clean rule: page chrome. */
export const pageChromeRule = lineRule('strip-page-chrome', stripPageChrome);
