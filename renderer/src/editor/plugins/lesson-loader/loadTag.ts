/** Marks the editor update that replaces the document with one read from the studio. */
export const LOAD_TAG = 'course-studio:load';
