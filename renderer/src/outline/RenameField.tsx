/** Inline title editor: Enter or leaving the field commits, Escape cancels. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { MAX_TITLE_LENGTH } from '../../../electron/shared/limits';

interface RenameFieldProps {
  initial: string;
  onCommit: (title: string) => void;
  onCancel: () => void;
}

export function RenameField({ initial, onCommit, onCancel }: RenameFieldProps) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const title = value.trim();
    if (commit && title && title !== initial) onCommit(title);
    else onCancel();
  };

  return (
    <input
      ref={ref}
      className="rename-field"
      value={value}
      maxLength={MAX_TITLE_LENGTH}
      aria-label={t('outline.titleField')}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => finish(true)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        // The tree must not treat keys typed into the title as navigation.
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      data-testid="rename-field"
    />
  );
}
