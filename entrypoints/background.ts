import { browser } from 'wxt/browser';
import { handleRequest } from '../lib/background/handle-request';
import { keepToolbarCount } from '../lib/background/toolbar-count';
import { database } from '../lib/db/database';

export default defineBackground(() => {
  const db = database();
  browser.runtime.onMessage.addListener((message) => handleRequest(db, message, Date.now()));
  keepToolbarCount(db);
});
