import { signal } from '@preact/signals';
import type { ObservedComment, RecordState } from '../../../lib/models/comment';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import { MINUTE } from '../../../lib/time/units';

/** The badge tests' clock, and one customer comment five minutes old with its stored record. */
export const NOW = Date.UTC(2024, 4, 6, 12, 0);

export function observed(over: Partial<ObservedComment> = {}): ObservedComment {
  return {
    site: 'facebook', id: 'c1', parentId: null, author: { name: 'Kundin', url: null }, text: 'Hallo?', permalink: null,
    postedAt: NOW - 5 * MINUTE, timeSource: 'exact', byOwner: false, answered: false, answeredAt: null, pageName: 'Page', ...over,
  } as ObservedComment;
}

export const record = (over: Partial<RecordState> = {}): RecordState => ({
  key: 'facebook:c1', postedAt: NOW - 5 * MINUTE, timeSource: 'exact', firstSeenAt: NOW - 5 * MINUTE, byOwner: false, answeredAt: null, handledAt: null, ...over,
});

/** A badge's model for that comment, with nothing to show beyond the time; tests set what they need. */
export function badgeModel(over: Partial<BadgeModel> = {}): BadgeModel {
  return {
    observed: signal(observed()),
    record: signal(record()),
    notes: signal([]),
    authorKey: 'facebook:kundin',
    item: document.createElement('div'),
    suggestionsOpen: signal(false),
    flags: signal(null),
    dispute: signal(null),
    ...over,
  };
}

/** Lets the badge's renders and promises run their course. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** Opens the badge's notes and asks to erase the author from the keyboard; the confirm step's button. */
export async function askToErase(root: ShadowRoot): Promise<HTMLButtonElement> {
  root.querySelector<HTMLButtonElement>('.notes-toggle')!.click();
  await settle();
  const erase = root.querySelector<HTMLButtonElement>('.erase-author')!;
  erase.focus();
  erase.click();
  await settle();
  return root.querySelector<HTMLButtonElement>('.erase-confirm')!;
}
