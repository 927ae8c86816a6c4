/**
 * Which dropped or picked files the studio hands to the video importer, and which are
 * caption files. Browsers leave `type` empty for some containers (mkv, avi), so the extension
 * decides when the type does not.
 */

const mediaExtensions = ['mp4', 'mov', 'mkv', 'webm', 'avi', 'm4v', 'mp3', 'm4a', 'wav'];
const captionExtensions = ['srt', 'vtt'];

/** For `<input type="file" accept>`: what the importer takes. */
export const mediaAccept = ['video/*', 'audio/*', ...mediaExtensions.map((ext) => `.${ext}`)].join(
  ',',
);
export const captionAccept = captionExtensions.map((ext) => `.${ext}`).join(',');

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** A video or audio file the importer may take (ffprobe has the last word). */
export function isMediaFile(file: File): boolean {
  return (
    file.type.startsWith('video/') ||
    file.type.startsWith('audio/') ||
    mediaExtensions.includes(extensionOf(file.name))
  );
}

export function isCaptionFile(file: File): boolean {
  return captionExtensions.includes(extensionOf(file.name));
}

/** The files of a drop or paste that are media. */
export function mediaFilesIn(files: Iterable<File>): File[] {
  return [...files].filter(isMediaFile);
}
