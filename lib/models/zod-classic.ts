import { z } from 'zod';
// See zod.ts: no probe for eval, which MV3 forbids anyway.
import './zod';

export { z };
