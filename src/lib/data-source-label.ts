/**
 * The label of a source of figures or pictures (`数据来源：`, `资料来源于`,
 * `图片来源：`), as reports and pages print it under a table, a chart or a
 * photo: the body it names is cited, not the one reporting.
 */
export const DATA_SOURCE_LABEL = '(?:数据|资料|图片|图表|文献)(?:来源|出处)于?\\s*[:：]?';
