/**
 * How names of organisations, sites and media end: the clean rules tell a
 * byline or signature by it, and the title a site's name beside a headline.
 */

/** Names ending like an organisation, site or medium (医院, 委员会, 融媒体中心, 日报, 网 …). */
export const ORGANISATION_END = /(?:医院|卫生院|保健院|中心|委员会|委|局|政府|办公室|办|厅|党委|党组|支部|集团|公司|协会|学会|基金会|研究院|研究所|学院|大学|所|站|网|网站|台|报|报社|杂志社|出版社|新闻社|通讯社|客户端|醫院|衛生院|保健院|委員會|辦公室|辦|黨委|黨組|協會|學會|研究院|學院|大學|網|網站|臺|報|報社|通訊社|客戶端)$/;

/** Bodies that sign and issue documents: any organisation, and congresses (`某某县人民代表大会`). */
export function isIssuingBody(name: string): boolean {
  return ORGANISATION_END.test(name) || /代表大会$/.test(name);
}
