/**
 * Words of the spam that SEO injections put into scraped pages: online
 * gambling, lottery platforms, pornography, loan and fake-document adverts.
 * Listed in Simplified; the matcher adds their Traditional forms. Every word
 * here is one an official report does not use: generic words that reports do
 * use (娱乐, 彩票, 贷款, 博彩业) count only right before an advert's call to
 * action (ADVERT_CUES).
 */

/** Words that are spam wherever they stand. */
export const SPAM_WORDS: readonly string[] = [
  // Gambling: games, jargon of betting sites, platform and brand names.
  '百家乐', '娱乐城', '娱乐场官网', '娱乐平台', '娱乐官网', '娱乐网址', '真人荷官', '真人视讯', '真人娱乐', '电子游艺',
  '老虎机', '六合彩', '时时彩', '分分彩', '北京赛车', '幸运飞艇', '彩票平台', '彩票网址', '购彩平台', '送彩金', '彩金',
  '首存', '首充优惠', '洗码', '网赌', '赌球', '赌博网站', '网上赌场', '在线赌场', '线上赌场', '网络赌场',
  '博彩网', '博彩平台', '博彩网站', '足球投注', '体育投注', '在线投注', '投注网', '投注平台', '下注平台', '赌场官网',
  '新葡京', '葡京娱乐', '葡京赌场', '威尼斯人娱乐', '澳门威尼斯人', '金沙娱乐', '金沙赌场', '太阳城集团', '太阳城娱乐',
  '永利娱乐', '永利皇宫', '银河娱乐', '皇冠体育', '皇冠投注', '皇冠网址', '亚博体育', '开云体育', '乐鱼体育', '九游会',
  '澳门赌场', '澳门赌博', '棋牌游戏平台', '捕鱼游戏', '真钱游戏', '赢钱游戏',
  // Pornography.
  '裸聊', '约炮', '成人视频', '成人影院', '黄色网站', '色情网站', '色情视频', '黄片', '一夜情', '援交', '激情视频', '无码视频',
  // Loans, cash-out and fake documents.
  '无抵押贷款', '贷款秒批', '秒批贷款', '秒下款', '黑户贷款', '黑户下款', '网贷口子', '信用卡套现', '花呗套现',
  '代开发票', '代办证件', '办证刻章', '刷单兼职', '兼职刷单', '日结兼职',
];

/** Latin-script brand names of gambling sites (matched as words, any case). */
export const SPAM_LATIN: readonly string[] = ['bet365', '188bet', '12bet', 'sbobet', 'bbin', 'casino', 'baccarat'];

/** Generic words that are spam only right next to an advert's call to action. */
export const ADVERT_TOPICS: readonly string[] = ['娱乐', '彩票', '赌场', '博彩', '投注', '下注', '棋牌', '贷款'];

/** An advert's call to action, right after a topic word (`彩票注册`, `娱乐官网`). */
export const ADVERT_CUES: readonly string[] = ['官网', '网址', '注册', '登录', '登陆', '充值', '提现', '客服'];

/** Words around a spam name that belong to it (`澳门…`, `…官网`). */
export const SPAM_PREFIXES: readonly string[] = ['澳门', '香港', '正规', '官方', '线上', '在线', '网上'];
export const SPAM_SUFFIXES: readonly string[] = ['官网', '官方网站', '网址', '平台', '集团', '娱乐场', '娱乐', '手机版', 'app', 'APP', '注册', '登录', '开户', '下载'];

/** Host names of spam links (gambling words in pinyin or English). */
export const SPAM_HOST = /(?:casino|bet(?!ter)|bocai|dubo|caipiao|yule|xpj|pujing|weinisi|taiyangcheng|huangguan|(?:8{4,}|6{4,}|9{4,}))/i;
