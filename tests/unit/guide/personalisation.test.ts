import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../lib/guide/fill';
import { personalisationState } from '../../../lib/guide/personalisation';

const inserted = fillTemplate(
  'Hallo {{first_name}}, das tut mir leid! Schicken Sie uns bitte [[Bestellnummer]] per privater Nachricht.\n\nViele Grüße\n{{agent}}',
  { first_name: 'Anna', agent: 'Jonas' },
  'de',
);

describe('personalisationState', () => {
  it('is canned while the box holds the template as inserted', () => {
    expect(personalisationState(inserted, inserted)).toBe('canned');
  });

  it('stays canned when only whitespace, case or punctuation changed', () => {
    const reflowed = inserted.replace(/\n+/g, ' ').replace('leid!', 'leid.').replace('Hallo', 'hallo');
    expect(personalisationState(inserted, `  ${reflowed}  `)).toBe('canned');
  });

  it('stays canned when a gap was deleted but nothing written', () => {
    expect(personalisationState(inserted, inserted.replace('[[Bestellnummer]] ', ''))).toBe('canned');
  });

  it('is placeholders once the agent wrote something but left a gap', () => {
    const edited = inserted.replace('das tut mir leid!', 'das tut mir leid, zwei Wochen Warten sind zu lang!');
    expect(personalisationState(inserted, edited)).toBe('placeholders');
  });

  it('is personal once the gaps are filled', () => {
    expect(personalisationState(inserted, inserted.replace('[[Bestellnummer]]', 'Ihre Bestellnummer 4711'))).toBe('personal');
  });

  it('an emptied box is nothing to warn about; a box of bare gaps still is', () => {
    expect(personalisationState(inserted, '   ')).toBe('personal');
    expect(personalisationState(inserted, '[[Bestellnummer]]')).toBe('placeholders');
  });

  it('a completely rewritten reply is personal', () => {
    expect(personalisationState(inserted, 'Hi Anna, ich habe nachgesehen: Ihr Paket kommt morgen. Jonas')).toBe('personal');
  });
});
