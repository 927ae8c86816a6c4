/** "Insert video": a video already in the course's library, or a new file to import. */
import { mediaFileNames } from '../../../../../electron/shared/media-files';
import { assetFileUrl } from '../../../api';
import { Dialog } from '../../../dialogs/Dialog';
import { useT } from '../../../i18n/I18nProvider';
import { errorText } from '../../../i18n/errorText';
import { formatClockTime } from '../../../media/formatMedia';
import { useMediaAssets } from '../../../media/useMediaAssets';

interface VideoPickerDialogProps {
  onChooseAsset: (assetId: string) => void;
  onChooseFile: () => void;
  onClose: () => void;
}

export function VideoPickerDialog({
  onChooseAsset,
  onChooseFile,
  onClose,
}: VideoPickerDialogProps) {
  const t = useT();
  const list = useMediaAssets();
  const usable =
    list.status === 'ready' ? list.assets.filter((asset) => asset.state !== 'failed') : [];

  return (
    <Dialog
      title={t('video.insertTitle')}
      onClose={onClose}
      testId="video-picker"
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={onChooseFile}
            data-autofocus
            data-testid="video-picker-upload"
          >
            {t('video.chooseFile')}
          </button>
        </>
      }
    >
      <p>{t('video.insertHint')}</p>
      {list.status === 'failed' && (
        <p className="form-error" role="alert">
          {errorText(t, list.error)}
        </p>
      )}
      {usable.length > 0 && (
        <ul className="picker-grid">
          {usable.map((asset) => (
            <li key={asset.id}>
              <button
                type="button"
                className="picker-item"
                onClick={() => onChooseAsset(asset.id)}
                data-testid="video-picker-item"
              >
                <span className="picker-poster">
                  {asset.state === 'ready' && asset.kind === 'video' && (
                    <img
                      src={assetFileUrl(asset.id, mediaFileNames.poster)}
                      alt=""
                      loading="lazy"
                    />
                  )}
                </span>
                <span className="picker-name">{asset.name}</span>
                <span className="muted">
                  {asset.meta
                    ? formatClockTime(asset.meta.durationSec)
                    : t(`media.state.${asset.state}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
