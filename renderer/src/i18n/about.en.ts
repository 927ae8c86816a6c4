/** English strings of Settings → About: what `course-studio doctor` reports. */
export const aboutEn = {
  'about.title': 'About',
  'about.version': 'Course Studio {version} on {platform} {arch}',
  'about.loading': 'Checking this computer…',
  'about.ffmpeg': 'ffmpeg',
  'about.ffprobe': 'ffprobe',
  'about.missing': 'Missing',
  'about.source.env': 'set by COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE',
  'about.source.bundled': 'bundled with Course Studio',
  'about.source.npm': 'installed by npm install',
  'about.source.path': 'installed on this computer',
  'about.capabilities': 'Can do',
  'about.feature.libx264': 'H.264 video',
  'about.feature.aac': 'AAC sound',
  'about.feature.hlsFmp4': 'HLS streaming',
  'about.feature.zscale': 'HDR tone mapping',
  'about.feature.loudnorm': 'Loudness levelling',
  'about.yes': 'yes',
  'about.no': 'no',
  'about.chromium': 'Chromium (tests)',
  'about.electron': 'Electron',
  'about.found': 'found',
  'about.notFound': 'not found',
  'about.running': 'running',
  'about.temp': 'Temporary folder',
  'about.tempFree': '{gb} GB free',
  'about.tempPrivate': 'private',
  'about.tempShared': 'other users can read it',
  'about.warnings': 'Needs attention',
  'about.warning.FFMPEG_MISSING':
    'No ffmpeg was found, so videos cannot be imported. Run npm install, or install ffmpeg.',
  'about.warning.FFPROBE_MISSING':
    'No ffprobe was found, so videos cannot be imported. Run npm install, or install ffmpeg.',
  'about.warning.FFMPEG_INCAPABLE':
    'This ffmpeg cannot make streaming video (it lacks H.264, AAC or HLS). Install a current ffmpeg.',
  'about.warning.NO_TONE_MAPPING':
    'This ffmpeg cannot tone-map HDR: phone videos will look washed out. Install a newer ffmpeg.',
  'about.warning.NO_LOUDNORM':
    'This ffmpeg cannot level loudness: imported sound keeps its original volume.',
  'about.warning.TEMP_NOT_PRIVATE':
    'Other users of this computer can read the temporary folder, where videos are converted.',
  'about.warning.TEMP_LOW_SPACE':
    'The temporary folder’s disk is nearly full: long lectures may not fit while they are converted.',
  'about.failed': 'Could not check this computer: {error}',
} as const;
