/**
 * The body of a speech's speaker, from the byline (`卫生部党组书记、部长高强`)
 * or a titled headline (`副市长刘岚在…上的讲话`): the body the post names, or
 * for a government leader's post the people's government of that level.
 */
import { leadingBody } from './body-names.ts';
import type { Found, Rule } from './rule.ts';

/** How many blocks the byline may stand in. */
const BYLINE_BLOCKS = 12;
/** The title a post ends with (`部长`, `副市长`, `主任`). */
const POST_TITLE = '(?:书记|部长|主任|局长|厅长|院长|[省市县区州]长|主席|署长|司长|会长|理事长)';
const TITLED_HEADLINE = new RegExp(`^(.{0,30}?${POST_TITLE})\\p{Script=Han}{2,3}(?:同志)?在.{2,60}上的?(?:讲话|发言|致辞)`, 'u');
const BYLINE = new RegExp(`^(.{0,30}?${POST_TITLE})\\s*\\p{Script=Han}(?:\\s*\\p{Script=Han}){1,2}$`, 'u');
/** Government leaders' posts (`副市长`, `县长`): they speak for the people's government of their level. */
const GOVERNMENT_POST = /^(?:常务)?副?(省|市|县|区|州)长$/;

/** The body a post names, or the government a leader's post implies. */
function bodyOfPost(post: string): Found | undefined {
  const name = leadingBody(post);
  if (name) return { name };
  const level = GOVERNMENT_POST.exec(post.replace(/^.*[、，,]/, ''))?.[1];
  return level ? { name: `${level}人民政府` } : undefined;
}

/** Finds the speaker's body. */
export const speakerPost: Rule = ({ context }) => {
  const posts = [
    ...context.headlines.map((line) => TITLED_HEADLINE.exec(line)?.[1]),
    ...context.blocks.slice(0, BYLINE_BLOCKS).map((block) => BYLINE.exec(block.trim())?.[1]),
  ];
  for (const post of posts) {
    const found = post ? bodyOfPost(post.trim()) : undefined;
    if (found) return found;
  }
  return undefined;
};
