/**
 * A folder and file browser for the browser mode, where no system dialog can return a path:
 * it lists folders through `fs.list`, which the host limits to the user's home folder and the
 * open course's folder. In 'folder' mode the teacher picks the folder shown; in 'file' mode a
 * file (e.g. a .course) in it.
 */
import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../electron/shared/files';
import { call } from '../api';
import { Dialog } from '../dialogs/Dialog';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/errorText';
import '../styles/files.css';

interface FileBrowserDialogProps {
  mode: 'folder' | 'file';
  title: string;
  /** Where to start; the home folder when missing or not browsable. */
  startFolder?: string;
  /** Files listed in 'file' mode, e.g. ['.course']. */
  extensions?: string[];
  onChoose: (path: string) => void;
  onClose: () => void;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; listing: FolderListing }
  | { status: 'failed'; error: unknown; listing: FolderListing | null };

export function FileBrowserDialog({
  mode,
  title,
  startFolder,
  extensions,
  onChoose,
  onClose,
}: FileBrowserDialogProps) {
  const t = useT();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [folder, setFolder] = useState<string | undefined>(startFolder);
  // While another folder loads, "Choose" would pick the one still shown: it waits.
  const [pending, setPending] = useState(true);
  const extensionKey = (extensions ?? []).join(',');

  useEffect(() => {
    let cancelled = false;
    const wanted = extensionKey ? extensionKey.split(',') : [];
    const list = (path: string | undefined) =>
      call('fs.list', {
        ...(path ? { path } : {}),
        ...(wanted.length ? { extensions: wanted } : {}),
      });
    list(folder)
      // A start folder that is gone or outside the roots falls back to home.
      .catch((error: unknown) =>
        folder === startFolder && folder ? list(undefined) : Promise.reject(error),
      )
      .finally(() => !cancelled && setPending(false))
      .then(
        (listing) => !cancelled && setState({ status: 'ready', listing }),
        (error: unknown) =>
          !cancelled &&
          setState((current) => ({
            status: 'failed',
            error,
            listing: current.status === 'loading' ? null : current.listing,
          })),
      );
    return () => {
      cancelled = true;
    };
  }, [folder, startFolder, extensionKey]);

  const go = (path: string) => {
    if (path === folder) return;
    setPending(true);
    setFolder(path);
  };

  const listing = state.status === 'loading' ? null : state.listing;
  const entries = (listing?.entries ?? []).filter(
    (entry) => mode === 'file' || entry.kind === 'folder',
  );

  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId="file-browser"
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {mode === 'folder' && (
            <button
              type="button"
              className="button button-primary"
              disabled={!listing || pending}
              onClick={() => listing && onChoose(listing.path)}
              data-testid="file-browser-choose"
            >
              {t('files.choose')}
            </button>
          )}
        </>
      }
    >
      <div className="file-browser">
        <div className="file-browser-bar">
          {listing?.roots.map((root) => (
            <button
              key={root.path}
              type="button"
              className="button button-small"
              onClick={() => go(root.path)}
              title={root.path}
            >
              {root.kind === 'home' ? t('files.home') : t('files.courseFolder')}
            </button>
          ))}
          <button
            type="button"
            className="button button-small"
            disabled={!listing?.parent}
            onClick={() => listing?.parent && go(listing.parent)}
            data-testid="file-browser-up"
          >
            ↑ {t('files.up')}
          </button>
        </div>
        <p className="file-browser-location">
          <span className="field-label">{t('files.location')}</span>{' '}
          <span className="input-path" data-testid="file-browser-path">
            {listing?.path ?? ''}
          </span>
        </p>
        {state.status === 'failed' && (
          <p className="form-error" role="alert">
            {errorText(t, state.error)}
          </p>
        )}
        {state.status === 'loading' ? (
          <p className="muted">{t('files.loading')}</p>
        ) : entries.length === 0 ? (
          <p className="muted">{t('files.empty')}</p>
        ) : (
          <ul className="file-browser-list" data-testid="file-browser-list">
            {entries.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className="file-browser-entry"
                  data-kind={entry.kind}
                  onClick={() => (entry.kind === 'folder' ? go(entry.path) : onChoose(entry.path))}
                  aria-label={
                    entry.kind === 'folder' ? `${entry.name} (${t('files.folder')})` : entry.name
                  }
                >
                  <span aria-hidden="true">{entry.kind === 'folder' ? '📁' : '📄'}</span>{' '}
                  {entry.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
