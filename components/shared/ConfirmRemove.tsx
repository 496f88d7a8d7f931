import { useSignal } from '@preact/signals';
import { t } from '../../lib/i18n';
import { useStepFocus } from './step-focus';

interface ConfirmRemoveProps {
  /** Class of the first button; the second click's buttons get `-confirm` and `-cancel` after it. */
  cls: string;
  label: string;
  /** Says what is removed ("Delete the note about Anna"): the first button's name, and the second step's. */
  ariaLabel: string;
  confirmLabel: string;
  failedText: string;
  onConfirm(): Promise<unknown>;
}

/**
 * Where focus goes once the row is gone, found while it is still there: the next row's remove button,
 * else the one before, else the list's first field (the notes search). Left alone it falls to <body>,
 * and the next Tab starts at the top of the popup.
 */
function successor(from: HTMLElement, cls: string): () => HTMLElement | null {
  const list = from.closest('section');
  const buttons = [...(list ?? from.ownerDocument).querySelectorAll<HTMLElement>(`.${cls}, .${cls}-confirm`)];
  const at = buttons.indexOf(from);
  const next = buttons[at + 1];
  const before = buttons[at - 1];
  return () => [next, before, list?.querySelector<HTMLElement>('input') ?? undefined].find((el) => el?.isConnected) ?? null;
}

/**
 * A remove button that asks once more ("Really …?" or Cancel) before it acts, for deletions that travel
 * to colleagues and have no undo; if removing fails, it says so and the record stays.
 */
export function ConfirmRemove({ cls, label, ariaLabel, confirmLabel, failedText, onConfirm }: ConfirmRemoveProps) {
  const asking = useSignal(false);
  const failed = useSignal(false);
  const focus = useStepFocus(asking.value);
  const ask = (open: boolean) => {
    focus.pressed();
    asking.value = open;
  };
  if (asking.value) {
    const confirm = (e: Event) => {
      const target = successor(e.currentTarget as HTMLElement, cls);
      ask(false);
      failed.value = false;
      onConfirm().then(() => {
        // Unless the user has gone elsewhere meanwhile, focus leaves the row before (or after) it goes.
        const active = document.activeElement;
        if (active && active !== document.body && active !== focus.opener.current) return;
        target()?.focus();
      }, () => (failed.value = true));
    };
    // The group names what is removed: "Really delete?" alone does not say which note.
    return (
      <span class="confirm-remove" role="group" aria-label={ariaLabel}>
        <button type="button" class={`${cls}-confirm`} ref={focus.confirm} onClick={confirm}>{confirmLabel}</button>
        <button type="button" class={`${cls}-cancel`} onClick={() => ask(false)}>{t('cancel')}</button>
      </span>
    );
  }
  return (
    <>
      <button type="button" class={cls} ref={focus.opener} aria-label={ariaLabel} onClick={() => ask(true)}>{label}</button>
      {failed.value && <span class="error" role="alert">{failedText}</span>}
    </>
  );
}
