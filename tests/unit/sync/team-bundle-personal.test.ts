import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { addNote } from '../../../lib/db/notes-store';
import { addStrikeOnce } from '../../../lib/db/netiquette-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { readLocalSections } from '../../../lib/sync/local-sections';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

/**
 * The team bundle carries every note and strike whole: the customer's name and profile address and the
 * agent who wrote it. The options page's hint once said "Nothing personal goes into it"; it must say what
 * the file holds, so a team treats it as personal data.
 */
const NOW = Date.UTC(2026, 2, 10, 10, 0);
const AGENT = 'Mara Berger';
const CUSTOMER = { name: 'Anna Kundin', url: 'https://www.facebook.com/anna.kundin.privat' };

async function bundleText() {
  const db = freshDb();
  await saveSettings(db, { ...defaultSettings(), agentName: AGENT });
  await addNote(db, {
    site: 'facebook', commentKey: 'facebook:1610000000000201', authorKey: 'facebook:facebook.com/anna.kundin.privat',
    authorName: CUSTOMER.name, pageName: 'Bäckerei Sonnenschein', text: 'Hatte im März ein Lieferproblem, Fall 4711', agent: AGENT,
  }, NOW);
  await addStrikeOnce(db, {
    authorKey: 'facebook:facebook.com/anna.kundin.privat', authorName: CUSTOMER.name, site: 'facebook', page: 'Bäckerei Sonnenschein',
    step: 'public-reminder', at: NOW, commentKey: 'facebook:1610000000000201', rule: 'insult', agent: AGENT,
  });
  // The box "Name me as the sender" is NOT ticked: no exportedBy, as TeamSharing.exportBundle does.
  return JSON.stringify(createTeamBundle(await readLocalSections(db, NOW), { exportedAt: NOW }));
}

describe('what a team bundle file carries, and what the options page says of it', () => {
  it('holds the notes and strikes with customers and agents, and the hint says the file holds personal data', async () => {
    const text = await bundleText();
    expect(text).toContain(CUSTOMER.name);
    expect(text).toContain('anna.kundin.privat');
    expect(text).toContain(AGENT);
    expect(english.teamHint.message).not.toMatch(/nothing personal/i);
    expect(english.teamHint.message).toContain('personal data');
    expect(german.teamHint.message).not.toMatch(/nichts persönliches/i);
    expect(german.teamHint.message).toContain('personenbezogene Daten');
  });

  it('names no sender unless the box is ticked', async () => {
    const bundle = JSON.parse(await bundleText()) as { exportedBy?: string };
    expect(bundle.exportedBy).toBeUndefined();
  });
});
