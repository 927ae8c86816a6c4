/**
 * cmi5LearnerPreferences (cmi5 spec 11.0, AICC/CMI-5_Spec_Current): the learner's language
 * and audio preference an LMS keeps in the xAPI Agent Profile, read by the AU at launch.
 */
/** The player language for a cmi5 languagePreference ("zh-CN,en-US"), or null for none we speak. */
export function preferredPlayerLanguage(preference: string | undefined): 'en' | 'zh-CN' | null {
  for (const tag of (preference ?? '').split(',')) {
    const language = tag.trim().toLowerCase();
    if (language.startsWith('zh')) return 'zh-CN';
    if (language === 'en' || language.startsWith('en-')) return 'en';
  }
  return null;
}
