/**
 * How names of organisations, sites and media end: the clean rules tell a
 * byline or signature by it, and the title a site's name beside a headline.
 */
import { wordsPattern } from './clean/lines/keyword-pattern.ts';

/** Names ending like an organisation, site or medium (医院, 委员会, 融媒体中心, 日报, 网 …). */
export const ORGANISATION_END = /(?:医院|卫生院|保健院|中心|委员会|委|局|政府|办公室|办|厅|党委|党组|支部|集团|公司|协会|学会|基金会|研究院|研究所|学院|大学|所|站|网|网站|台|报|报社|杂志社|出版社|新闻社|通讯社|客户端|醫院|衛生院|保健院|委員會|辦公室|辦|黨委|黨組|協會|學會|研究院|學院|大學|網|網站|臺|報|報社|通訊社|客戶端)$/;

/**
 * The central bodies and ministries that sign documents under names no
 * ending above tells (`卫生部`, `国务院`, `审计署`): `部` alone would take
 * `全部` and `干部` for bodies, so the ministries are named.
 */
const CENTRAL_BODY = new RegExp(
  `(?:${wordsPattern([
    '国务院', '中共中央', '审计署', '卫生部', '民政部', '财政部', '教育部', '公安部', '司法部', '商务部', '外交部', '水利部', '科技部', '农业部',
    '人力资源社会保障部', '人力资源和社会保障部', '农业农村部', '工业和信息化部', '科学技术部', '生态环境部', '应急管理部', '交通运输部',
    '文化部', '文化和旅游部', '自然资源部', '住房和城乡建设部', '组织部', '宣传部', '统战部',
  ])})$`,
  'u',
);

/** Bodies that sign and issue documents: any organisation, congresses (`某某县人民代表大会`), central bodies and ministries. */
export function isIssuingBody(name: string): boolean {
  return ORGANISATION_END.test(name) || /代表大会$/.test(name) || CENTRAL_BODY.test(name);
}
