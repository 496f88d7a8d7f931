import { describe, expect, it } from 'vitest';
import { facebook } from '../../../../lib/platforms/facebook/adapter';
import { adapterFor, adapters } from '../../../../lib/platforms/registry';

describe('adapter registry', () => {
  it('finds the Facebook adapter by site', () => {
    expect(adapterFor('facebook')).toBe(facebook);
    expect(adapters.facebook?.site).toBe('facebook');
  });

  it('files every adapter under its own site', () => {
    for (const [site, adapter] of Object.entries(adapters)) expect(adapter?.site).toBe(site);
  });
});
