/**
 * HTML escaping exactly as Astro's templates escape: text (`{value}`) with
 * `&amp; &lt; &gt; &#39; &quot;`, attribute values (`name={value}`) with
 * `&amp; &quot;`. For the few long, uniform pieces a util writes as one HTML
 * string (Astro renders each item of an array, and each component, through
 * its own buffered renderer: ~15 µs each, and a build writes hundreds of
 * thousands of subject-list items and parallel-passage asides), so that they
 * read exactly as the template would write them.
 */

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;' };

/** Text as Astro writes `{text}`: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (character) => TEXT_ENTITIES[character]!);
}

/** An attribute value as Astro writes `name={value}` (inside double quotes). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, (character) => ATTRIBUTE_ENTITIES[character]!);
}
