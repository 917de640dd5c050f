import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatNumber, numbersAsText } from '../../../src/ingest/read/docx-numbering.ts';
import { readDocx } from '../../../src/ingest/read/read-docx.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A list definition: levels `一、`, `（一）`, `1.`; a bullet list; list 3 restarts list 1's levels at 五. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;

/** A heading style numbered at list 1's first level. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`;

/** A paragraph with optional numbering (list, level) or style. */
function paragraph(text: string, numbering?: [list: number, level: number], style?: string): string {
  const numPr = numbering ? `<w:numPr><w:ilvl w:val="${numbering[1]}"/><w:numId w:val="${numbering[0]}"/></w:numPr>` : '';
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  const properties = numPr || pStyle ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}

function documentOf(paragraphs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;
}

const REPORT = [
  paragraph('2023年工作回顾', [1, 0]),
  paragraph('全力以赴稳增长', [1, 1]),
  paragraph('工业经济回升向好。', [1, 2]),
  paragraph('服务业加快发展。', [1, 2]),
  paragraph('持续深化改革', [1, 1]),
  paragraph('一般段落，没有编号。'),
  paragraph('要点甲', [2, 0]),
  paragraph('2024年工作安排', undefined, 'Heading1'),
  paragraph('不编号的标题', [0, 0], 'Heading1'),
  paragraph('另起的列表', [3, 0]),
];

/** REPORT's paragraphs as Word shows them, numbers included. */
const NUMBERED = ['一、2023年工作回顾', '（一）全力以赴稳增长', '1.工业经济回升向好。', '2.服务业加快发展。', '（二）持续深化改革', '一般段落，没有编号。', '要点甲', '二、2024年工作安排', '不编号的标题', '五、另起的列表'];

/** The text each paragraph of `document` holds. */
function texts(document: string): string[] {
  return [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** A minimal .docx package of the document, numbering and styles parts. */
async function docxOf(document: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', document);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('Word automatic numbering', () => {
  it('writes numbers as Word shows them', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '十九', '二十', '二十一', '九十九']);
    expect([formatNumber(3, 'decimal'), formatNumber(3, 'decimalEnclosedCircle'), formatNumber(27, 'upperLetter'), formatNumber(4, 'lowerRoman'), formatNumber(2, 'ideographTraditional')]).toEqual(['3', '③', 'AA', 'iv', '乙']);
  });

  it('counts each list by level, restarting deeper levels, and writes the numbers into the text', () => {
    const numbered = numbersAsText(documentOf(REPORT), NUMBERING, STYLES);
    expect(texts(numbered)).toEqual(NUMBERED);
    // Numbered paragraphs lose their numbering (mammoth would make them list items); bullets keep theirs.
    expect(numbered.match(/<w:numId w:val="(\d+)"\/>/g)?.filter((id) => !id.includes('"0"'))).toEqual(['<w:numId w:val="2"/>']);
  });

  it('leaves a document without numbering as it is', () => {
    const document = documentOf([paragraph('正文。')]);
    expect(numbersAsText(document, NUMBERING)).toBe(document);
  });

  it('gives mammoth the numbered headings as text', async () => {
    const { text } = await readDocx(await docxOf(documentOf(REPORT)), 'report.docx');
    expect(text.split('\n\n')).toEqual(NUMBERED);
  });
});
