/** English strings of the job tray that name each kind of task. */
export const jobsEn = {
  'jobs.kind.media.import': 'Import',
  'jobs.kind.export': 'Export',
  'jobs.kind.other': 'Task',
  'jobs.label': '{kind}: {title}',
  'jobs.phase.write': 'Writing',
} as const;
