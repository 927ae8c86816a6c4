/** Types for node-version.mjs, which stays plain JavaScript to run before tsx loads. */
export function nodeFloor(): number[];
export function nodeVersionProblem(version: string, floor?: number[]): string | null;
