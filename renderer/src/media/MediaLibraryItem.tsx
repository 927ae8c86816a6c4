/**
 * One video or audio asset in the library: poster, name, facts, import state and captions,
 * with rename, replace, add / remove captions and delete.
 */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { mediaFileNames } from '../../../electron/shared/media-files';
import type { MediaAsset } from '../../../electron/shared/model';
import { assetFileUrl, call } from '../api';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { ProgressBar } from '../controls/ProgressBar';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { progressText } from '../jobs/progressText';
import { useJobProgress } from '../jobs/useJobProgress';
import { useNotify } from '../notifications/Notifications';
import { RenameField } from '../outline/RenameField';
import { AddCaptionsDialog } from './AddCaptionsDialog';
import { formatBytes, formatClockTime, formatResolution } from './formatMedia';
import { mediaAccept } from './mediaFiles';
import type { MediaActions } from './useMediaActions';

interface MediaLibraryItemProps {
  asset: MediaAsset;
  actions: MediaActions;
}

export function MediaLibraryItem({ asset, actions }: MediaLibraryItemProps) {
  const t = useT();
  const notify = useNotify();
  const [renaming, setRenaming] = useState(false);
  const [dialog, setDialog] = useState<'delete' | 'captions' | null>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const progress = useJobProgress(asset.state === 'processing' ? asset.jobId : null);
  const meta = asset.meta;
  const stored = meta !== null;

  const attempt = (work: Promise<unknown>) =>
    void work.catch((error: unknown) => notify(errorText(t, error)));

  const facts = meta
    ? [formatClockTime(meta.durationSec), formatResolution(meta), formatBytes(asset.size)]
        .filter(Boolean)
        .join(' · ')
    : '';

  return (
    <li className="media-item" data-testid="media-item" data-state={asset.state}>
      <div className="media-poster" aria-hidden="true">
        {stored && asset.kind === 'video' ? (
          <img src={assetFileUrl(asset.id, mediaFileNames.poster)} alt="" loading="lazy" />
        ) : (
          <span className="media-poster-kind">{asset.kind === 'audio' ? '♪' : '▶'}</span>
        )}
      </div>
      <div className="media-info">
        {renaming ? (
          <RenameField
            initial={asset.name}
            onCommit={(name) => {
              setRenaming(false);
              attempt(call('media.rename', { assetId: asset.id, name }));
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <span className="media-name" title={asset.name} data-testid="media-name">
            {asset.name}
          </span>
        )}
        {facts && <span className="media-facts">{facts}</span>}
        {asset.state !== 'ready' && (
          <span className={`media-state media-state-${asset.state}`} data-testid="media-state">
            {asset.state === 'processing' && progress
              ? progressText(t, progress)
              : t(`media.state.${asset.state}`)}
            {asset.state === 'failed' && asset.error && ` · ${errorText(t, asset.error)}`}
          </span>
        )}
        {asset.state === 'processing' && (
          <ProgressBar
            fraction={progress?.fraction ?? 0}
            label={t('jobs.progressOf', { title: asset.name })}
          />
        )}
        {meta && (
          <div className="media-captions" aria-label={t('captions.title')}>
            {meta.captions.map((track) => (
              <span key={track.lang} className="chip" data-testid="media-caption">
                {track.label || track.lang}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('captions.remove', { label: track.label || track.lang })}
                  title={t('captions.remove', { label: track.label || track.lang })}
                  onClick={() =>
                    attempt(call('captions.remove', { assetId: asset.id, lang: track.lang }))
                  }
                >
                  ×
                </button>
              </span>
            ))}
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() => setDialog('captions')}
              data-testid="media-add-captions"
            >
              {t('captions.addButton')}
            </button>
          </div>
        )}
      </div>
      <div className="media-actions">
        {stored && (
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => setRenaming(true)}
          >
            {t('common.rename')}
          </button>
        )}
        {stored && (
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => replaceInput.current?.click()}
            data-testid="media-replace"
          >
            {t('media.replace')}
          </button>
        )}
        {asset.state === 'failed' && asset.jobId && (
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => attempt(call('jobs.retry', { jobId: asset.jobId ?? '' }))}
          >
            {t('common.retry')}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-ghost button-danger-text"
          onClick={() => setDialog('delete')}
          data-testid="media-delete"
        >
          {t('common.delete')}
        </button>
      </div>
      <input
        ref={replaceInput}
        type="file"
        accept={mediaAccept}
        hidden
        data-testid="media-replace-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void actions.replaceFile(asset.id, file);
        }}
      />
      {dialog === 'delete' &&
        createPortal(
          <ConfirmDialog
            title={t('media.deleteTitle')}
            message={t('media.deleteBody', { name: asset.name })}
            confirmLabel={t('common.delete')}
            onCancel={() => setDialog(null)}
            onConfirm={() => {
              setDialog(null);
              attempt(call('media.delete', { assetId: asset.id }));
            }}
          />,
          document.body,
        )}
      {dialog === 'captions' &&
        createPortal(
          <AddCaptionsDialog
            assetName={asset.name}
            onAdd={(file, lang, encoding) => actions.addCaptions(asset.id, file, lang, encoding)}
            onPreview={actions.previewCaptions}
            onClose={() => setDialog(null)}
          />,
          document.body,
        )}
    </li>
  );
}
