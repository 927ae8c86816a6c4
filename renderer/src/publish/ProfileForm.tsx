/**
 * A publish destination's details: the platform, its address and course, the package format,
 * and the secret, which goes to the system's store and is never shown again.
 */
import { useId, useState } from 'react';
import { exportFormats, type ExportFormat } from '../../../electron/shared/model';
import {
  defaultPublishFormat,
  publishNeedsSecret,
  publishTargetKinds,
  type PublishProfileInfo,
  type PublishTargetKind,
} from '../../../electron/shared/publish';
import { call } from '../api';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { exportFormatInfo } from './exportFormats';

interface ProfileFormProps {
  profile: PublishProfileInfo | null;
  onSaved: (profiles: PublishProfileInfo[], name: string) => void;
  onCancel: () => void;
}

export function ProfileForm({ profile, onSaved, onCancel }: ProfileFormProps) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<PublishTargetKind>(profile?.kind ?? 'openedx');
  const [name, setName] = useState(profile?.name ?? '');
  const [url, setUrl] = useState(profile?.url ?? '');
  const [lmsUrl, setLmsUrl] = useState(profile?.lmsUrl ?? '');
  const [courseId, setCourseId] = useState(profile?.courseId ?? '');
  const [user, setUser] = useState(profile?.user ?? '');
  const [format, setFormat] = useState<ExportFormat>(
    profile?.format ?? defaultPublishFormat.openedx,
  );
  const [sizeLimit, setSizeLimit] = useState(
    profile?.sizeLimitMb ? String(profile.sizeLimitMb) : '',
  );
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const limit = Number(sizeLimit);
      const profiles = await call('profiles.save', {
        profile: {
          name: name.trim(),
          kind,
          url: url.trim(),
          lmsUrl: kind === 'openedx' && lmsUrl.trim() ? lmsUrl.trim() : undefined,
          courseId: courseId.trim() || undefined,
          user: kind === 'openedx' && user.trim() ? user.trim() : undefined,
          format,
          sizeLimitMb: sizeLimit.trim() && limit > 0 ? limit : undefined,
        },
        secret: secret === '' ? undefined : secret,
      });
      onSaved(profiles, name.trim());
    } catch (failure) {
      setError(errorText(t, failure));
      setBusy(false);
    }
  };

  const field = (label: string, value: string, set: (value: string) => void, testId: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className="input"
        value={value}
        spellCheck={false}
        onChange={(event) => set(event.target.value)}
        data-testid={testId}
      />
    </label>
  );

  return (
    <fieldset className="field profile-form" disabled={busy} data-testid="profile-form">
      <legend className="field-label">{t('publish.editDestination')}</legend>
      <label className="field">
        <span className="field-label">{t('publish.kind')}</span>
        <select
          className="input"
          value={kind}
          disabled={profile !== null}
          onChange={(event) => {
            const next = event.target.value as PublishTargetKind;
            setKind(next);
            setFormat(defaultPublishFormat[next]);
          }}
          data-testid="profile-kind"
        >
          {publishTargetKinds.map((option) => (
            <option key={option} value={option}>
              {t(`publish.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {field(t('publish.name'), name, setName, 'profile-name')}
      {field(
        kind === 'openedx'
          ? t('publish.url.openedx')
          : kind === 'folder'
            ? t('publish.url.folder')
            : t('publish.url'),
        url,
        setUrl,
        'profile-url',
      )}
      {kind === 'openedx' && field(t('publish.lmsUrl'), lmsUrl, setLmsUrl, 'profile-lms-url')}
      {(kind === 'openedx' || kind === 'canvas' || kind === 'moodle') &&
        field(t('publish.courseId'), courseId, setCourseId, 'profile-course-id')}
      {kind === 'openedx' && field(t('publish.user'), user, setUser, 'profile-user')}
      <label className="field">
        <span className="field-label">{t('publish.format')}</span>
        <select
          id={`${id}-format`}
          className="input"
          value={format}
          onChange={(event) => setFormat(event.target.value as ExportFormat)}
          data-testid="profile-format"
        >
          {exportFormats
            .filter((option) => option !== 'site')
            .map((option) => (
              <option key={option} value={option}>
                {t(exportFormatInfo(option).label)}
              </option>
            ))}
        </select>
      </label>
      {field(t('publish.sizeLimit'), sizeLimit, setSizeLimit, 'profile-size-limit')}
      {publishNeedsSecret[kind] && (
        <label className="field">
          <span className="field-label">{t('publish.secret')}</span>
          <input
            className="input"
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            data-testid="profile-secret"
          />
          <span className="field-hint">
            {profile?.hasSecret ? t('publish.secretStored') : t('publish.secretNote')}
          </span>
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <span className="input-row">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !name.trim() || !url.trim()}
          onClick={() => void save()}
          data-testid="profile-save"
        >
          {t('publish.saveDestination')}
        </button>
      </span>
    </fieldset>
  );
}
