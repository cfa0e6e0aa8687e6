import { afterEach, describe, expect, it, vi } from 'vitest';

import { postLead } from './postLead';
import { aLead } from './testLead';

const ENDPOINT = 'https://cx.example.com/leads';
const payload = aLead({ name: "Д'Артаньян <script>" });

function answering(status: number) {
  return vi.fn<typeof fetch>(async () => new Response(null, { status }));
}

/** A fetch that never answers, but gives up when its signal aborts. */
const hanging = vi.fn<typeof fetch>(
  (_url, init) =>
    new Promise((_resolve, reject) => {
      init!.signal!.addEventListener('abort', () =>
        reject(new DOMException('Aborted', 'AbortError')),
      );
    }),
);

afterEach(() => {
  vi.useRealTimers();
});

describe('postLead', () => {
  it('posts the payload as JSON, without cookies', async () => {
    const fetch = answering(201);

    expect(await postLead(ENDPOINT, payload, { fetch })).toEqual({
      kind: 'sent',
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'omit',
    });
    expect(init!.body).toBe(JSON.stringify(payload));
  });

  it.each([400, 500, 503])('reports an HTTP %i answer', async (status) => {
    expect(
      await postLead(ENDPOINT, payload, { fetch: answering(status) }),
    ).toEqual({ kind: 'http', status });
  });

  it('reports a connection that failed', async () => {
    const refused = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(await postLead(ENDPOINT, payload, { fetch: refused })).toEqual({
      kind: 'network',
    });
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();

    const outcome = postLead(ENDPOINT, payload, {
      fetch: hanging,
      timeoutMs: 15_000,
    });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(hanging.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(await outcome).toEqual({ kind: 'timeout' });
  });
});
