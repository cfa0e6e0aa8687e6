import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

import {
  leadPayloadSchema,
  type LeadPayload,
} from '../../src/features/lead/leadPayload';

/**
 * A receiver of masterclass requests, as the README asks one to be, for
 * the end-to-end tests: it answers the browser's CORS preflight for one
 * page origin, takes the JSON body, checks it against the payload
 * contract and keeps one lead per request id, answering repeats with 200.
 * Every POST is also recorded byte for byte, and the tests can tell it
 * how to answer the next ones.
 */

/** How the receiver answers a POST. */
export type Answer =
  /** Keep the lead and answer 201 (200 for a repeat). */
  | 'accept'
  /** Keep nothing and answer 500, as a receiver whose storage failed. */
  | 'fail'
  /** Keep the lead, then close the connection with no answer at all. */
  | 'drop'
  /** Keep the lead but answer only when the test calls release(). */
  | 'hold';

export interface RecordedPost {
  origin: string | undefined;
  contentType: string | undefined;
  /** The body exactly as it arrived. */
  body: Buffer;
}

const MAX_BODY_BYTES = 64 * 1024;

export class LeadReceiver {
  /** Every POST that arrived, in order, whatever the answer. */
  readonly posts: RecordedPost[] = [];
  /** Preflight (OPTIONS) requests that arrived. */
  preflights = 0;
  /** The leads kept, one per request id. */
  readonly leads = new Map<string, LeadPayload>();

  private answers: Answer[] = [];
  private held: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    private readonly pageOrigin: string,
  ) {}

  /** Starts listening on 127.0.0.1:port for requests from pageOrigin. */
  static async start(port: number, pageOrigin: string) {
    const server = createServer();
    const receiver = new LeadReceiver(server, pageOrigin);
    server.on('request', (request, response) => {
      void receiver.handle(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return receiver;
  }

  /** How to answer the next POSTs, in order; later ones are accepted. */
  answerNext(...answers: Answer[]) {
    this.answers.push(...answers);
  }

  /** Answers the POSTs held so far. */
  release() {
    for (const answer of this.held.splice(0)) answer();
  }

  /** Forgets everything, for the next test. */
  reset() {
    this.release();
    this.posts.length = 0;
    this.preflights = 0;
    this.leads.clear();
    this.answers = [];
  }

  async stop() {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    // Chromium resends a POST once by itself when a kept-alive connection
    // closes with no answer. Closing every connection after its answer
    // keeps 'drop' a failure the page sees.
    response.shouldKeepAlive = false;
    const isAllowed = request.headers.origin === this.pageOrigin;
    if (isAllowed) {
      response.setHeader('Access-Control-Allow-Origin', this.pageOrigin);
      response.setHeader('Vary', 'Origin');
    }

    if (request.method === 'OPTIONS') {
      this.preflights += 1;
      if (isAllowed) {
        response.setHeader('Access-Control-Allow-Methods', 'POST');
        response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
        response.setHeader('Access-Control-Max-Age', '600');
      }
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST' || request.url !== '/leads') {
      response.writeHead(404).end();
      return;
    }

    const body = await readBody(request);
    if (!body) {
      response.writeHead(413).end();
      return;
    }
    this.posts.push({
      origin: request.headers.origin,
      contentType: request.headers['content-type'],
      body,
    });
    this.answer(body, response);
  }

  private answer(body: Buffer, response: ServerResponse) {
    const answer = this.answers.shift() ?? 'accept';
    if (answer === 'fail') return json(response, 500, { error: 'storage' });

    const lead = parseLead(body);
    if (!lead) return json(response, 400, { error: 'not a lead' });
    const isRepeat = this.leads.has(lead.requestId);
    if (!isRepeat) this.leads.set(lead.requestId, lead);

    const status = isRepeat ? 200 : 201;
    if (answer === 'drop') response.socket?.destroy();
    else if (answer === 'hold') {
      this.held.push(() => json(response, status, { ok: true }));
    } else json(response, status, { ok: true });
  }
}

/** The whole body, or null when it is larger than MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseLead(body: Buffer): LeadPayload | null {
  try {
    const parsed = leadPayloadSchema.safeParse(
      JSON.parse(body.toString('utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function json(response: ServerResponse, status: number, value: object) {
  response
    .writeHead(status, { 'Content-Type': 'application/json' })
    .end(JSON.stringify(value));
}
