import { describe, expect, it } from 'vitest';
import { TemplateBodySchema } from '../../../lib/guide/model';
import { PLACEHOLDER_LABEL_MAX, findPlaceholders, scanTemplate } from '../../../lib/guide/template-syntax';

type Lang = 'de' | 'en';

/** What the editor and the importer show for a body: the bilingual text of each issue. */
function messages(body: string, lang: Lang): string[] {
  const r = TemplateBodySchema.safeParse(body);
  if (r.success) return [];
  return r.error.issues.map((i) => (i as { params?: { bilingual?: Record<Lang, string> } }).params?.bilingual?.[lang] ?? i.message);
}

const label = (length: number) => 'Grund der Verzögerung und neuer Liefertermin '.repeat(3).slice(0, length);

describe('placeholder labels over the limit', () => {
  it('accepts a label of exactly the limit as a placeholder', () => {
    const body = `Hallo {{first_name}}, [[${label(PLACEHOLDER_LABEL_MAX)}]]`;
    expect(findPlaceholders(body)).toHaveLength(1);
    expect(messages(body, 'en')).toEqual([]);
  });

  it('reports one label too long, naming its length and the limit, instead of two stray brackets', () => {
    const body = `Hallo {{first_name}}, [[${label(81)}]] bis bald`;
    const scan = scanTemplate(body);
    expect(scan.malformed).toEqual([]);
    expect(scan.badLabels).toEqual([{ start: 22, end: 22 + 85, length: 81, multiline: false }]);
    expect(messages(body, 'de')).toEqual(['die Beschriftung der [[Lücke]] bei Zeichen 23 ist zu lang: 81 Zeichen, höchstens 80']);
    expect(messages(body, 'en')).toEqual(['the label of the [[placeholder]] at character 23 is too long: 81 characters, at most 80']);
  });

  it('says that a label must stay on one line, however short it is', () => {
    const body = 'Ihre Bestellung [[Bestell\nnummer]] ist unterwegs.';
    expect(scanTemplate(body).malformed).toEqual([]);
    expect(messages(body, 'de')).toEqual([
      'die [[Lücke]] bei Zeichen 17 geht über mehrere Zeilen – ihre Beschriftung muss in einer Zeile stehen (höchstens 80 Zeichen)',
    ]);
    expect(messages(body, 'en')).toEqual([
      'the [[placeholder]] at character 17 spans several lines – its label must fit on one line (at most 80 characters)',
    ]);
  });

  it('still reports an empty pair and a lone bracket as stray', () => {
    const scan = scanTemplate('Danke [[]] und [[Ort]] und [[');
    expect(scan.badLabels).toEqual([]);
    expect(scan.malformed.map((m) => m.token)).toEqual(['[[', ']]', '[[']);
  });
});
