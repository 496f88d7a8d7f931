// Runs inside the extension's service worker (plain JS: tsx's helpers do not exist there).
async function seed(nComments, nNotes) {
      const open = () => new Promise((res, rej) => {
        const req = indexedDB.open('moderato');
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      let db = await open();
      for (let i = 0; i < 50 && !db.objectStoreNames.contains('notes'); i++) {
        db.close();
        await new Promise((r) => setTimeout(r, 100));
        db = await open();
      }
      const now = Date.now();
      await new Promise((res, rej) => {
        const tx = db.transaction(['settings', 'comments', 'notes'], 'readwrite');
        tx.objectStore('settings').put({ id: 'settings', value: { pages: [{ site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '' }], agentName: 'Mara', targetMinutes: 60, backlogDays: 30 } });
        const c = tx.objectStore('comments');
        for (let i = 0; i < nComments; i++) {
          const posted = now - ((i * 7919) % (20 * 24 * 60)) * 60_000;
          c.put({
            key: `facebook:${9_000_000 + i}`, site: 'facebook', id: String(9_000_000 + i), parentId: null,
            author: { name: `Kundin ${i}`, url: `https://www.facebook.com/kundin.${i}` },
            text: `Frage Nummer ${i}: Wann kommt meine Bestellung? Ich warte schon eine Weile.`,
            permalink: `https://www.facebook.com/baeckerei.sonnenschein/posts/1?comment_id=${9_000_000 + i}`,
            pageName: 'Bäckerei Sonnenschein', postedAt: posted, timeSource: 'relative', firstSeenAt: posted, lastSeenAt: now,
            byOwner: false, answeredAt: i % 5 === 0 ? posted + 600_000 : null, handledAt: null, claimedBy: null, claimedAt: null,
            open: i % 5 === 0 ? 0 : 1,
            // Derived on every write by the extension's database layer (lib/db/wait-since.ts); raw writes set it themselves.
            waitSince: posted,
          });
        }
        const n = tx.objectStore('notes');
        for (let i = 0; i < nNotes; i++) {
          n.put({ id: `bench-${i}`, site: 'facebook', commentKey: `facebook:${9_000_000 + i}`, authorKey: i % 2 ? `facebook:facebook.com/kundin.${i}` : null, authorName: `Kundin ${i}`, pageName: 'Bäckerei Sonnenschein', text: `Notiz ${i}: Rückruf zugesagt, Fall ${4000 + i}`, agent: 'Mara', at: now - i * 60_000 });
        }
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    }
