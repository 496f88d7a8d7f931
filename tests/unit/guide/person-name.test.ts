import { describe, expect, it } from 'vitest';
import { cleanDisplayName, firstNameFrom } from '../../../lib/guide/person-name';

describe('firstNameFrom', () => {
  it.each([
    ['Anna Berger', 'Anna'],
    ['Dr. Anna Berger', 'Anna'],
    ['Prof. Dr. med. Max Mustermann', 'Max'],
    ['anna_b', 'Anna'],
    ['@anna_berger92', 'Anna'],
    ['@AnnaBerger', 'Anna'],
    ['anna.berger', 'Anna'],
    ['🌸 Anna 🌸', 'Anna'],
    ['Anna 🇦🇹✨', 'Anna'],
    ['Cher', 'Cher'],
    ['anna', 'Anna'],
    ['ANNA-LENA MÜLLER', 'Anna-Lena'],
    ['Berger, Anna', 'Anna'],
    ['Jürgen Groß', 'Jürgen'],
    ['Anna | Reisefan', 'Anna'],
    ['Max (Moderator)', 'Max'],
    ['Herr Max Müller', 'Max'],
    ['Siobhán O’Neill', 'Siobhán'],
    ['McKenzie Smith', 'McKenzie'],
  ])('%s → %s', (display, first) => {
    expect(firstNameFrom(display)).toBe(first);
  });

  it.each([
    ['Frau Berger'],
    ['Mr Smith'],
    ['A. Berger'],
    ['@techguy'],
    ['@x'],
    ['Müller GmbH'],
    ['Team Support'],
    ['🙂🙂'],
    [''],
    ['12345'],
  ])('%s → no first name (a wrong one is worse than a gap)', (display) => {
    expect(firstNameFrom(display)).toBeNull();
  });

});

describe('cleanDisplayName', () => {
  it('cleans a display name of emoji and bracketed additions', () => {
    expect(cleanDisplayName('  🌸 Anna   Berger (Moderatorin) 🌸 ')).toBe('Anna Berger');
  });

  it('drops bidi controls and invisible format characters, keeps ZWNJ', () => {
    expect(cleanDisplayName('\u202EAnna\u200E \u2067Berger\u2069\u200F')).toBe('Anna Berger');
    expect(cleanDisplayName('\u061CAn\u00ADna\u200B \uFEFFBerger\u2060')).toBe('Anna Berger');
    expect(cleanDisplayName('Mehr\u200Cdad')).toBe('Mehr\u200Cdad');
    expect(firstNameFrom('\u202EAnna Berger')).toBe('Anna');
  });
});

describe('firstNameFrom: titles', () => {
  // "Phil", "Nat", "Ma", "Ing" are first names and degree parts (Dr. phil., rer. nat., M.A., Dipl.-Ing.).
  it.each([
    ['Phil Collins', 'Phil'],
    ['Nat Wolff', 'Nat'],
    ['Ma Long', 'Ma'],
    ['Dr. phil. Anna Berger', 'Anna'],
    ['Dr. rer. nat. Max Müller', 'Max'],
    ['Dipl.-Ing. Max Müller', 'Max'],
    ['Dipl. Ing. Max Müller', 'Max'],
    ['Ing. Max Müller', 'Max'],
    ['Anna Berger, M.A.', 'Anna'],
    ['Mag. Anna Berger', 'Anna'],
    ['Frau Dr. Anna Berger', 'Anna'],
  ])('%s → %s', (display, first) => {
    expect(firstNameFrom(display)).toBe(first);
  });

  // After a title, as after "Frau", a single word is the surname.
  it.each(['Dr. Berger', 'Prof. Müller', 'Dr. med. Schmidt', 'Frau Dr. Berger', 'Dr. Phil', 'Pfarrer Huber', 'Dr.Berger'])(
    '%s → null, not the surname',
    (display) => {
      expect(firstNameFrom(display)).toBeNull();
    },
  );
});

describe('firstNameFrom: companies, households and placeholder accounts', () => {
  it.each([
    'Techsupport',
    'Kundenservice Müller',
    'Onlineshop Anna',
    'TechSupport',
    'Familie Berger',
    'Fam. Berger',
    'Berger Family',
    'The Bergers',
    'Anna & Max',
    'Müller und Söhne',
    'Facebook User',
    'Facebook-Nutzer',
    'FacebookUser',
    'Anonymes Mitglied',
    'Kundin',
    'Bäckerei Schmidt',
    'Metzgerei Huber',
    'Autohaus Meier',
    'Sportverein Musterstadt e. V.',
  ])('%s → null', (display) => {
    expect(firstNameFrom(display)).toBeNull();
  });

  // The word lists stay clear of surnames: these are people.
  it.each([
    ['Anna Bishop', 'Anna'],
    ['Anna Neuhaus', 'Anna'],
    ['Anna Hauser', 'Anna'],
    ['Christopher Guest', 'Christopher'],
    ['Anna | Facebook', 'Anna'],
    ['Anna Schmidt (Bäckerei)', 'Anna'],
  ])('%s → %s', (display, first) => {
    expect(firstNameFrom(display)).toBe(first);
  });

  it('reads the register form with a particle, and no particle as a first name', () => {
    expect(firstNameFrom('von Berg, Anna')).toBe('Anna');
    expect(firstNameFrom('van der Berg, Anna')).toBe('Anna');
    expect(firstNameFrom('Ursula von der Leyen')).toBe('Ursula');
    expect(firstNameFrom('von der Leyen')).toBeNull();
    expect(firstNameFrom('Van Morrison')).toBe('Van');
    // A first name before the comma is not a register form.
    expect(firstNameFrom('Anna Berger, Berlin')).toBe('Anna');
  });
});

describe('firstNameFrom: handles', () => {
  // Handles get the same salutation and title rules as display names, and need a surname part too.
  it.each(['@DeVries', '@LeMans', '@FrauBerger', 'frau_berger', 'herr_mueller', '@mr_smith', '@DrMueller', '@dr_who', '@the_real_anna', '@im_yoona'])(
    '%s → null',
    (handle) => {
      expect(firstNameFrom(handle)).toBeNull();
    },
  );

  it.each([
    ['@DrAnnaBerger', 'Anna'],
    ['herr_max_mueller', 'Max'],
    ['the_real_anna_berger', 'Anna'],
    ['@ItsAnnaBerger', 'Anna'],
    ['@ANNABerger', 'Anna'],
    ['phil_collins', 'Phil'],
    // A name prefix stays with its name when camel case would cut it off.
    ['@McKenzieSmith', 'McKenzie'],
    ['@DeShawnJones', 'DeShawn'],
    ['@LaToya_Smith', 'LaToya'],
  ])('%s → %s', (handle, first) => {
    expect(firstNameFrom(handle)).toBe(first);
  });
});

describe('firstNameFrom: articles, abbreviations and family words', () => {
  // "A wrong first name is worse than none": each of these used to greet a word that is no name.
  it.each([
    ['Ein Kunde', 'an article and "customer"'],
    ['Eine treue Kundin', 'an article first'],
    ['An Anonymous Fan', 'an English article first'],
    ['St. Pauli Fan', 'an abbreviation with its dot ("St.")'],
    ['Chr. Berger', 'an abbreviated first name'],
    ['DJ Bobo', 'a title in capitals'],
    ['MC Hammer', 'a title in capitals'],
    ['Oma Inge', 'a family word'],
    ['Tante Emma', 'a family word'],
    ['Leons Mama', 'a family word after a name'],
    ['Papa Schlumpf', 'a nickname word'],
    ['@oma_inge', 'a family word in a handle'],
  ])('%s (%s) → null', (display) => {
    expect(firstNameFrom(display)).toBeNull();
  });

  // Nearby names are still read.
  it.each([
    ['Dr. Anna Berger', 'Anna'],
    ['Anna-Lena Einer', 'Anna-Lena'],
    ['Ed Sheeran', 'Ed'],
    ['ANNA BERGER', 'Anna'],
    ['Inge Oppermann', 'Inge'],
    ['Stefan St. Clair', 'Stefan'],
  ])('%s → %s', (display, first) => {
    expect(firstNameFrom(display)).toBe(first);
  });
});
