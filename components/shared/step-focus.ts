import { useEffect, useRef } from 'preact/hooks';

/**
 * Focus for a two-step confirmation. The button that opens the step is removed when it opens, and
 * left alone focus falls to the page's body (inside Facebook or X, the host page's). So Confirm takes
 * focus when the step opens, and the opener gets it back when it closes. Only after `pressed()`: a
 * view rendering on its own never takes focus from the page.
 */
export function useStepFocus(open: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (open ? confirm : opener).current?.focus();
  }, [open]);
  return {
    opener,
    confirm,
    pressed: () => {
      moved.current = true;
    },
  };
}
