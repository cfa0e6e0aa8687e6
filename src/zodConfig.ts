import { config } from 'zod';

// zod probes for eval support with `new Function` to speed up parsing. The
// page's Content-Security-Policy forbids eval, so the probe would be
// reported as a violation; parsing without it is fast enough for one form.
config({ jitless: true });
