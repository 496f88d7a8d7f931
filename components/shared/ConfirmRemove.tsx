import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';

interface ConfirmRemoveProps {
  /** Class of the first button; the second click's buttons get `-confirm` and `-cancel` after it. */
  cls: string;
  label: string;
  ariaLabel: string;
  confirmLabel: string;
  failedText: string;
  onConfirm(): Promise<unknown>;
}

/**
 * A remove button that asks once more ("Really …?" or Cancel) before it acts, for deletions that travel
 * to colleagues and have no undo; if removing fails, it says so and the record stays.
 */
export function ConfirmRemove({ cls, label, ariaLabel, confirmLabel, failedText, onConfirm }: ConfirmRemoveProps) {
  const asking = useSignal(false);
  const failed = useSignal(false);
  if (asking.value) {
    const confirm = () => {
      asking.value = false;
      failed.value = false;
      onConfirm().catch(() => (failed.value = true));
    };
    return (
      <>
        <button type="button" class={`${cls}-confirm`} onClick={confirm}>{confirmLabel}</button>
        <button type="button" class={`${cls}-cancel`} onClick={() => (asking.value = false)}>{t('cancel')}</button>
      </>
    );
  }
  return (
    <>
      <button type="button" class={cls} aria-label={ariaLabel} onClick={() => (asking.value = true)}>{label}</button>
      {failed.value && <span class="error" role="alert">{failedText}</span>}
    </>
  );
}
