/**
 * English UI strings: the reference table. Every other language must provide exactly these
 * keys (see `Messages`), so a string missing from a translation fails to compile. The media,
 * quiz and publishing strings live in their own files beside this one.
 */
import { jobsEn } from './jobs.en';
import { guardEn } from './guard.en';
import { intakeEn } from './intake.en';
import { editingEn } from './editing.en';
import { aboutEn } from './about.en';
import { mediaEn } from './media.en';
import { errorsEn } from './errors.en';
import { platformEn } from './platform.en';
import { publishEn } from './publish.en';
import { quizEn } from './quiz.en';
import { teacherEn } from './teacher.en';
import { reviewEn } from './review.en';

export const en = {
  ...guardEn,
  ...mediaEn,
  ...quizEn,
  ...publishEn,
  ...teacherEn,
  ...errorsEn,
  ...jobsEn,
  ...intakeEn,
  ...editingEn,
  ...aboutEn,
  ...platformEn,
  ...reviewEn,

  'app.name': 'Course Studio',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.delete': 'Delete',
  'common.rename': 'Rename',
  'common.browse': 'Browse…',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.dismiss': 'Dismiss',

  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'start.welcome': 'Welcome to Course Studio',
  'start.tagline': 'Write lessons, organise your course and publish it to any learning platform.',
  'start.newCourse': 'New course',
  'start.courseTitle': 'Course title',
  'start.courseTitlePlaceholder': 'e.g. Introduction to Biology',
  'start.courseLanguage': 'Course language',
  'start.saveTo': 'Save to',
  'start.untitled': 'Untitled',
  'start.create': 'Create course',
  'start.creating': 'Creating…',
  'start.openCourse': 'Open a course',
  'start.coursePath': 'Course file',
  'start.coursePathPlaceholder': 'Path to a .course file',
  'start.open': 'Open',
  'start.opening': 'Opening…',
  'start.openWithDialog': 'Choose a course file…',
  'start.recent': 'Recent courses',
  'start.noRecent': 'Courses you open will appear here.',
  'start.openedAt': 'Opened {date}',
  'start.fileExists': 'A file already exists at {path}.',
  'start.replace': 'Replace it',
  'start.settings': 'Settings',

  'shell.media': 'Media',
  'shell.previewCourse': 'Preview course',
  'shell.export': 'Export…',
  'shell.courseSettings': 'Course settings',
  'shell.settings': 'Settings',
  'shell.closeCourse': 'Close course',
  'shell.saved': 'Saved',
  'shell.saving': 'Saving…',
  'shell.saveFailed': 'Save failed – retrying',
  'shell.cannotSwitch': 'This lesson could not be saved, so it stays open. {error}',

  'outline.title': 'Outline',
  'outline.treeLabel': 'Course outline',
  'outline.addSection': 'Add section',
  'outline.addLesson': 'Add lesson',
  'outline.addLessonTo': 'Add lesson to “{title}”',
  'outline.newSection': 'New section',
  'outline.newLesson': 'New lesson',
  'outline.emptySection': 'No lessons yet. Drop one here.',
  'outline.titleField': 'Title',
  'outline.deleteItem': 'Delete “{title}”',
  'outline.lastSection': 'A course needs at least one section.',
  'outline.keyboardHint': 'Alt+↑/↓ moves, F2 renames, Delete removes.',

  'editor.noLesson': 'Select a lesson in the outline to start writing.',
  'editor.loading': 'Loading lesson…',
  'editor.loadFailed': 'This lesson could not be opened. {error}',
  'editor.placeholder':
    'Start writing… Type “/” to insert headings, lists, tables, images, videos and quizzes.',
  'editor.label': 'Lesson content',
  'editor.toolbar': 'Formatting',
  'editor.blockType': 'Block type',
  'editor.block.paragraph': 'Normal text',
  'editor.block.h1': 'Heading 1',
  'editor.block.h2': 'Heading 2',
  'editor.block.h3': 'Heading 3',
  'editor.block.bullet': 'Bulleted list',
  'editor.block.number': 'Numbered list',
  'editor.block.check': 'Check list',
  'editor.block.quote': 'Quote',
  'editor.block.code': 'Code block',
  'editor.bold': 'Bold',
  'editor.italic': 'Italic',
  'editor.underline': 'Underline',
  'editor.strikethrough': 'Strikethrough',
  'editor.inlineCode': 'Inline code',
  'editor.link': 'Link',
  'editor.removeLink': 'Remove link',
  'editor.table': 'Insert table',
  'editor.divider': 'Divider',
  'editor.image': 'Insert image',
  'editor.insertVideo': 'Insert video',
  'editor.insertQuiz': 'Insert quiz',
  'editor.slash.video': 'Video',
  'editor.slash.quiz': 'Quiz',
  'editor.previewLesson': 'Preview lesson',
  'editor.passingCourse': 'Pass mark: course ({score}%)',
  'editor.passingOwn': 'Pass mark: {score}%',
  'lessonPassing.title': 'Passing score of “{lesson}”',
  'lessonPassing.useCourse': 'Use the course’s passing score ({score}%)',
  'lessonPassing.own': 'Give this lesson its own passing score (%)',
  'lessonPassing.hint':
    'The learner must reach it on this lesson’s questions to pass the course. A package with one SCO per lesson reports it as that lesson’s mastery score.',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.slashMenu': 'Insert block',
  'editor.slashNoMatch': 'No matching blocks',

  'link.title': 'Link',
  'link.url': 'Web address',
  'link.urlPlaceholder': 'https://example.com',
  'link.invalid': 'Use a web address starting with http:// or https://, or a mailto: address.',
  'link.apply': 'Apply',

  'image.altText': 'Alt text',
  'image.altPlaceholder': 'Describe the image for learners who cannot see it',
  'image.uploading': 'Adding image…',
  'image.tooLarge': '“{name}” is larger than {size} MB.',
  'image.notImage': '“{name}” is not an image.',

  'settings.title': 'Settings',
  'settings.language': 'Interface language',
  'settings.systemLanguage': 'Same as system ({language})',

  'course.title': 'Course settings',
  'course.courseTitle': 'Title',
  'course.description': 'Description',
  'course.language': 'Course language',
  'course.authors': 'Authors',
  'course.authorsHint': 'Separate names with commas or put one per line.',
  'course.license': 'License',
  'course.license.none': 'Not specified',
  'course.license.allRightsReserved': 'All rights reserved',
  'course.license.other': 'Other: {license}',
  'course.passingScore': 'Passing score (%)',
  'course.passingScoreHint':
    'Share of quiz points a learner needs to pass; platforms get it as the mastery score.',
  'course.passingScoreInvalid': 'The passing score is a whole number from 0 to 100.',
  'course.cover': 'Cover image',
  'course.noCover': 'No cover image yet.',
  'course.uploadCover': 'Upload image…',
  'course.removeCover': 'Remove cover',
  'course.coverAlt': 'Course cover',
  'course.titleRequired': 'The course needs a title.',

  'error.INVALID_ARGUMENT': 'Something in the request was not valid.',
  'error.UNKNOWN_METHOD': 'This version of Course Studio does not support that action.',
  'error.NO_PROJECT_OPEN': 'No course is open.',
  'error.FILE_NOT_FOUND': 'The file could not be found.',
  'error.FILE_EXISTS': 'A file with that name already exists.',
  'error.FOLDER_NOT_EMPTY':
    'That folder already holds other files. Choose an empty folder or a new name.',
  'error.NOT_SQLITE': 'This file is not a Course Studio course.',
  'error.NOT_A_COURSE': 'This file is not a Course Studio course.',
  'error.NEWER_SCHEMA':
    'This course was saved by a newer version of Course Studio. Update the app to open it.',
  'error.PROJECT_IN_USE': 'This course is already open.',
  'error.PROJECT_CORRUPT': 'This course file is damaged and could not be read.',
  'error.DISK_FULL':
    'The disk is full, so {path} could not be written. Free some space and try again.',
  'error.NOT_ENOUGH_SPACE':
    'Not enough disk space: this needs about {neededGb} GB and {freeGb} GB is free. Free some space and try again.',
  'error.READ_ONLY': 'Cannot write to {path}: it is read-only.',
  'error.NOT_FOUND': 'That item no longer exists.',
  'error.REVISION_CONFLICT': 'This lesson was changed in another window.',
  'error.UNSUPPORTED_IMAGE': 'This image format is not supported. Use PNG, JPEG, GIF or WebP.',
  'error.FILE_TOO_LARGE': 'The file is too large.',
  'error.FFMPEG_NOT_FOUND': 'ffmpeg was not found. Install ffmpeg or set COURSE_STUDIO_FFMPEG.',
  'error.MEDIA_EMPTY': 'The file is empty.',
  'error.MEDIA_NOT_MEDIA': 'This file is not a video or audio file.',
  'error.MEDIA_CORRUPT': 'The media file is damaged and cannot be read.',
  'error.MEDIA_TRUNCATED':
    'The media file is incomplete. It may not have finished copying or downloading.',
  'error.MEDIA_NO_STREAMS': 'The file contains no video or audio.',
  'error.MEDIA_NOT_VIDEO': 'This file has no video track.',
  'error.MEDIA_TRANSCODE_FAILED': 'The video could not be converted.',
  'error.CAPTIONS_MALFORMED': 'The captions file could not be read. Use SRT or WebVTT.',
  'error.CAPTIONS_ENCODING': 'The captions file uses an unknown text encoding. Save it as UTF-8.',
  'error.JOB_CANCELLED': 'The task was cancelled.',
  'error.EXPORT_RUNNING':
    'This course is already being exported. Wait for that export to finish or cancel it.',
  'error.UNAUTHORIZED':
    'The studio refused the request. Reload the page from the link the app printed.',
  'error.FORBIDDEN': 'That action is not allowed.',
  'error.INTERNAL': 'Something went wrong: {message}',
  'error.offline': 'Course Studio is not reachable. Is it still running?',
} as const;

export type MessageKey = keyof typeof en;

/** A complete translation: every key of the English table, nothing more. */
export type Messages = { readonly [K in MessageKey]: string };
