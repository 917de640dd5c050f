/**
 * Whether a string is a Chinese personal name: a known surname and a one- or
 * two-character given name, or a name in the `名·姓` form of many ethnic
 * minorities (`艾尔肯·吐尼亚孜`).
 */

/** Single-character surnames (the common several hundred, in Simplified). */
const SURNAMES = new Set(
  [...(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范' +
    '金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜' +
    '倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房' +
    '滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙' +
    '荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权' +
    '强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印' +
    '逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由眭钮双霞旷逄瞿'
  )],
);

/** Two-character surnames. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '万俟', '闻人', '呼延', '单于',
]);

/** Given-name characters that in practice begin words, not names (`王局长`, `张同志`). */
const NOT_GIVEN_NAME = /^(?:同志|局长|书记|主任|院长|部长|市长|县长|区长|省长|主席|委员|代表|副|总|老师|先生|女士|师傅|某|一|全|等)/;

/** True when `text` reads as a personal name. */
export function isPersonName(text: string): boolean {
  if (/^\p{Script=Han}{2,8}·\p{Script=Han}{2,8}$/u.test(text)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return false;
  const compound = COMPOUND_SURNAMES.has(text.slice(0, 2));
  const given = compound ? text.slice(2) : text.slice(1);
  if (given.length < 1 || given.length > 2 || NOT_GIVEN_NAME.test(given)) return false;
  return compound || SURNAMES.has(text[0] ?? '');
}
