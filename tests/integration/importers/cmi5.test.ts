/**
 * cmi5 (AICC/CMI-5_Spec_Current, cmi5_spec.md): what an LMS reads from cmi5.xml when it
 * imports the course, and the AU's reading of the learner's preferences. The AU's runtime
 * rules (one completed and one passed per registration, returnURL, preferences at launch)
 * run against a test LRS in tests/e2e/cmi5.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { preferredPlayerLanguage } from '../../../electron/shared/player/cmi5-preferences';
import { courseAuthors } from '../../support/export-course';
import { exportFixture } from '../export/fixture';
import { queryXml } from './xpath';

const fixture = exportFixture();

describe('cmi5 course structure', () => {
  it.each([false, true])(
    'is what the spec asks of cmi5.xml (AU per lesson: %s)',
    async (perLesson) => {
      const { files } = await fixture.exportZip('cmi5', `cmi5-${perLesson}.zip`, {
        scoPerLesson: perLesson,
      });
      const xml = queryXml(files.get('cmi5.xml')!.toString('utf8'));
      // 13.1.1, 13.1.2, 13.1.4: the course, blocks and AUs have ids that are IRIs, unique in the structure.
      const ids = xml.values('//course/@id | //block/@id | //au/@id');
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9+.-]*:/);
      // 13.1.1: the course's description is what the LMS shows; it carries the attribution
      // a CC BY licence requires, since cmi5.xml has no other place for authors and licence.
      const description = xml.value('string(/courseStructure/course/description/langstring)');
      expect(description).toContain('A course about <forces> & “motion”.');
      for (const author of courseAuthors) expect(description).toContain(author);
      expect(description).toContain('CC BY 4.0');
      // 13.1.4: masteryScore is a decimal 0..1, on AUs that can be passed (moveOn naming Passed).
      for (const au of xml.values('//au/@id')) {
        const at = `//au[@id='${au}']`;
        const mastery = xml.value(`string(${at}/@masteryScore)`);
        const moveOn = xml.value(`string(${at}/@moveOn)`);
        if (mastery) {
          expect(Number(mastery)).toBeGreaterThan(0);
          expect(Number(mastery)).toBeLessThanOrEqual(1);
          expect(moveOn).toMatch(/Passed/);
        } else expect(moveOn).toBe('Completed');
        // The url is relative to cmi5.xml and exists in the package.
        expect(files.has(xml.value(`string(${at}/url)`))).toBe(true);
      }
    },
  );
});

describe('cmi5LearnerPreferences', () => {
  it('picks the player language from languagePreference, first match wins', () => {
    // 11.0: languagePreference is a comma-separated list of RFC 5646 tags, most preferred first.
    expect(preferredPlayerLanguage('zh-CN,en-US')).toBe('zh-CN');
    expect(preferredPlayerLanguage('fr-FR, en-GB, zh-TW')).toBe('en');
    expect(preferredPlayerLanguage('zh-Hans')).toBe('zh-CN');
    expect(preferredPlayerLanguage('fr-FR')).toBeNull();
    expect(preferredPlayerLanguage(undefined)).toBeNull();
  });
});
