/**
 * Length limits every layer applies the same way: the contract's schemas refuse longer input
 * (whichever host sent it), and the studio's fields stop the user typing past them.
 */

/** A course, section, lesson or media title. */
export const MAX_TITLE_LENGTH = 300;
