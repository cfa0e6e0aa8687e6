import { config } from 'zod/mini';

// Classic zod's objects probe for eval support with `new Function` to speed
// up parsing. The page's Content-Security-Policy forbids eval, so the probe
// would be reported as a violation. zod/mini's objects, which the page
// uses, do not probe; the setting keeps it so should a classic schema come
// back. Parsing without eval is fast enough for one form.
config({ jitless: true });
