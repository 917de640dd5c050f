/**
 * Parts of a government work report that pages set as lines of their own.
 * Shared by cleaning (such a line is no headline) and describing (it marks a
 * work report that lacks its salutation).
 */

/**
 * The review of the year, or of the government's term (`2023年工作回顾`,
 * `一、2023年政府工作回顾`, `过去五年工作回顾`; in either script): a section's
 * heading, never the report's title.
 */
export const YEAR_REVIEW_HEADING = /^(?:[一二三四五六七八九十]+、\s*)?(?:\d{4}年|[过過]去[一五]年|本[届屆]政府)(?:政府)?(?:主要)?工作回[顾顧]$/u;
