/**
 * Word (.docx) input: mammoth turns the document into HTML (headings,
 * paragraphs, lists, tables, footnotes: each numbered as the text refers to
 * it), which then takes the HTML path.
 * Automatic numbering is written into the text first (`docx-numbering.ts`):
 * mammoth drops the numbers of numbered headings.
 */
import { IngestError } from '../types.ts';
import { binarySignature, ZIP_ARCHIVE } from './binary-signature.ts';
import { readHtmlString, type ReadText } from './read-html.ts';

/** mammoth and its options, loaded on the first .docx (mammoth and its zip and XML readers are a large part of start-up). */
async function loadMammoth() {
  const [{ default: mammoth }, { withNumbersAsText }] = await Promise.all([import('mammoth'), import('./docx-numbering.ts')]);
  const options = {
    /** Word's built-in Title style is the document's headline (mammoth maps only Heading 1–6 by default). */
    styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
    /** Images carry no text: skip encoding them as base64 data URIs. */
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  };
  return { mammoth, options, withNumbersAsText };
}

let loaded: ReturnType<typeof loadMammoth> | undefined;

/** A foot- or endnote in the list mammoth sets after the text, and its first paragraph's start. */
const NOTE_ITEM = /<li id="((?:foot|end)note-[^"]*)">(<p>)?/g;

/**
 * mammoth's HTML with each note's number in front of its text: the text
 * refers to the k-th note as `[k]`, and the list after it holds the notes in
 * that order, numbered only by the list's markers (which text loses).
 */
function numberNotes(html: string): string {
  let number = 0;
  return html.replace(NOTE_ITEM, (_, id: string, paragraph = '') => `<li id="${id}">${paragraph}[${++number}] `);
}

/** Reads a .docx file's bytes; throws IngestError when they are not a readable Word document. */
export async function readDocx(bytes: Uint8Array, source: string): Promise<ReadText> {
  const kind = binarySignature(bytes);
  if (kind !== ZIP_ARCHIVE) throw new IngestError(source, `not a .docx file (${kind ? `it is ${kind}` : 'not a ZIP archive'})`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { mammoth, options, withNumbersAsText } = await (loaded ??= loadMammoth());
  const html = await withNumbersAsText(buffer)
    .then((numbered) => mammoth.convertToHtml({ buffer: numbered }, options))
    .then(
      (result) => numberNotes(result.value),
      (error: unknown) => {
        throw new IngestError(source, `corrupt .docx file (${error instanceof Error ? error.message : String(error)})`);
      },
    );
  return readHtmlString(html, 'docx');
}
