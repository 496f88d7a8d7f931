import { browser } from 'wxt/browser';
import { handleRequest } from '../lib/background/handle-request';
import { keepToolbarCount } from '../lib/background/toolbar-count';
import { keepCommentsTidy } from '../lib/background/comment-retention';
import { openRemindedComments } from '../lib/background/reminders';
import { database } from '../lib/db/database';
import { seedStarterGuideOnce } from '../lib/db/guide-store';

export default defineBackground(() => {
  const db = database();
  browser.runtime.onMessage.addListener((message) => handleRequest(db, message, Date.now()));
  void keepToolbarCount(db);
  void keepCommentsTidy(db);
  openRemindedComments(db);
  // A fresh installation starts with the starter guide; seeding remembers itself, so a team that deleted it keeps it deleted.
  void seedStarterGuideOnce(db).catch(() => undefined);
});
