import type { Site } from '../models/comment';
import { facebook } from './facebook/adapter';
import type { PlatformAdapter } from './types';
import { x } from './x/adapter';

/** Every site Moderato can read, by name: the content scripts, the extract CLI and tests pick from here. */
export const adapters: Partial<Record<Site, PlatformAdapter>> = {
  facebook,
  x,
};

export function adapterFor(site: Site): PlatformAdapter | undefined {
  return adapters[site];
}
