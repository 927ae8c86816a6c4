/**
 * The media library, a panel beside the editor: every video and audio file in the course with
 * its state, and a drop zone and file picker to import more.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import { MediaLibraryItem } from './MediaLibraryItem';
import { mediaAccept } from './mediaFiles';
import { useMediaActions } from './useMediaActions';
import { useMediaAssets } from './useMediaAssets';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function MediaLibraryPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const list = useMediaAssets();
  const actions = useMediaActions();
  const input = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);

  const importAll = (files: File[]) => {
    void (async () => {
      for (const file of files) await actions.importFile(file);
    })();
  };

  return (
    <aside
      className={dropping ? 'media-panel is-dropping' : 'media-panel'}
      aria-label={t('media.library')}
      data-testid="media-library"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        importAll(Array.from(event.dataTransfer.files));
      }}
    >
      <div className="panel-header">
        <h2>{t('media.library')}</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => input.current?.click()}
          data-testid="library-import"
        >
          {t('media.import')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('common.close')}
          title={t('common.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <p className="drop-hint">{t('media.dropHint')}</p>
      {list.status === 'loading' && <p className="muted panel-note">{t('common.loading')}</p>}
      {list.status === 'failed' && (
        <p className="form-error panel-note" role="alert">
          {errorText(t, list.error)}
        </p>
      )}
      {list.status === 'ready' && list.assets.length === 0 && (
        <p className="muted panel-note">{t('media.empty')}</p>
      )}
      {list.status === 'ready' && list.assets.length > 0 && (
        <ul className="media-list">
          {list.assets.map((asset) => (
            <MediaLibraryItem key={asset.id} asset={asset} actions={actions} />
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="file"
        accept={mediaAccept}
        multiple
        hidden
        data-testid="library-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          importAll(files);
        }}
      />
    </aside>
  );
}
