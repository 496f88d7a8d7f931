import type { BundleRecord, TeamBundle } from './bundle-schema';
import { noteRecord, noteRow, strikeRecord, strikeRow, topicRecord, topicRow } from './local-records';
import { isTombstone, type SectionRecord } from './record-versions';
import { defaultRows, readBack, ruleOf, storedValues, withRules, withSharedSetting } from './shared-settings';

/**
 * A colleague's records as this browser would store them and read them back: fields its rows do not
 * hold dropped (a later version's), defaults filled in, names trimmed. Stored records are compared in
 * that form, so without this the same file imported twice would differ from what it left behind and
 * never settle, and a setting's stamp would not match its stored value. History versions travel as
 * they are: they are kept, never stored as rows.
 */
export function asStoredRecords(bundle: TeamBundle): TeamBundle {
  const s = bundle.sections;
  return {
    ...bundle,
    sections: {
      guideTopics: s.guideTopics.map(roundTrip((r) => topicRecord(topicRow(r, undefined, 0)))),
      notes: s.notes.map(roundTrip((r) => noteRecord(noteRow(r)))),
      strikes: s.strikes.map(roundTrip((r) => strikeRecord(strikeRow(r)))),
      netiquetteRules: s.netiquetteRules.map(roundTrip((r) => {
        const { netiquette } = defaultRows();
        const stored = storedValues({ ...defaultRows(), netiquette: withRules(netiquette, [ruleOf(r)]) });
        return { ...readBack(stored).netiquetteRules.find((x) => x.id === r.id)!, updatedAt: r.updatedAt };
      })),
      sharedSettings: s.sharedSettings.map(roundTrip((r) => {
        const rows = withSharedSetting(defaultRows(), r);
        if (!rows) return r;
        const records = readBack(storedValues(rows)).sharedSettings as Record<string, SectionRecord | undefined>;
        return { ...records[r.id]!, updatedAt: r.updatedAt };
      })),
    },
  };
}

/**
 * Live records only (a tombstone carries no content to store). The record checks have passed, so
 * the mapping should not fail; if it does, the record is compared as it came rather than lost.
 */
function roundTrip(toStored: (r: SectionRecord) => SectionRecord) {
  return (record: BundleRecord): BundleRecord => {
    if (isTombstone(record)) return record;
    let stored: SectionRecord;
    try {
      stored = toStored(record as SectionRecord);
    } catch {
      return record;
    }
    return (record.history ? { ...stored, history: record.history } : stored) as BundleRecord;
  };
}
