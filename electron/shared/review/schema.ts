/**
 * Schemas for comments, shared by the contract (a click in the studio) and by merging review
 * files (untrusted input from outside). One definition, so both accept exactly the same.
 */
import { z } from 'zod';
import { PASSAGE_CONTEXT } from './passage';

/** Comment ids are made by the studio or by the review site; stable so merging is idempotent. */
export const commentId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const nodeId = z.string().min(1).max(64);

export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_QUOTE_LENGTH = 1_000;

export const reviewerName = z.string().trim().min(1).max(100);
export const commentBody = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);

export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson') }),
  z.object({
    kind: z.literal('text'),
    quote: z.string().min(1).max(MAX_QUOTE_LENGTH),
    prefix: z.string().max(PASSAGE_CONTEXT),
    suffix: z.string().max(PASSAGE_CONTEXT),
  }),
  z.object({ kind: z.literal('video'), assetId: nodeId, time: z.number().min(0).max(86_400) }),
  z.object({ kind: z.literal('quiz'), questionId: nodeId }),
]);

/** One comment as a review file carries it. */
export const reviewCommentSchema = z.object({
  id: commentId,
  lessonId: nodeId,
  parentId: commentId.nullable(),
  author: reviewerName,
  body: commentBody,
  anchor: commentAnchorSchema,
  resolved: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

export const REVIEW_FILE_FORMAT = 'course-studio-review';
/** A review file (and a review copy's comments) may hold at most this many comments. */
export const MAX_REVIEW_COMMENTS = 2_000;
/** Review files saved by the review site are small; anything bigger is refused unread. */
export const MAX_REVIEW_FILE_BYTES = 2 * 1024 * 1024;

/** The file the offline review site saves: which course it reviews, and the comments. */
export const reviewFileSchema = z.object({
  format: z.literal(REVIEW_FILE_FORMAT),
  version: z.literal(1),
  packageId: z.string().regex(/^[0-9a-f]{32}$/),
  comments: z.array(reviewCommentSchema).max(MAX_REVIEW_COMMENTS),
});
export type ReviewFile = z.infer<typeof reviewFileSchema>;
