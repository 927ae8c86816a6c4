/** What an unknown block shows: that it is there, kept unchanged, and of which type. */
import { useT } from '../../i18n/I18nProvider';

export function UnknownBlockView({ type }: { type: string }) {
  const t = useT();
  return (
    <div className="unknown-block" data-testid="unknown-block" data-type={type}>
      {t('lesson.unknownBlock', { type })}
    </div>
  );
}
