import type { DBCore, Middleware } from 'dexie';

/** Since when a comment waits: its posting time, or when Moderato first saw it. */
export function waitSinceOf(row: { postedAt?: unknown; firstSeenAt?: unknown }): number | undefined {
  const at = typeof row.postedAt === 'number' ? row.postedAt : row.firstSeenAt;
  return typeof at === 'number' ? at : undefined;
}

/**
 * Keeps `waitSince` on every stored comment, for the `[open+waitSince]` index the popup reads its
 * first rows from. It is derived, so it is set here for every writer rather than by each of them; the
 * comment schema does not carry it, and records read and written back get it again on the way down.
 */
export const waitSinceMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'waitSince',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'comments') return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = req.values.map((v: Record<string, unknown>) => {
              const at = waitSinceOf(v);
              return at === undefined || v.waitSince === at ? v : { ...v, waitSince: at };
            });
            return table.mutate({ ...req, values });
          },
        };
      },
    };
  },
};
