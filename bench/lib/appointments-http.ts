/** A keep-alive JSON client for the public booking operations, with per-request headers and the time each took. */
import http from 'node:http';

export interface TimedResponse<T = unknown> {
  status: number;
  body: T;
  ms: number;
  bytes: number;
}

export class PublicClient {
  readonly agent: http.Agent;
  private readonly url: URL;

  constructor(baseUrl: string, maxSockets: number) {
    this.url = new URL(baseUrl);
    if (this.url.hostname !== '127.0.0.1') throw new Error(`the benchmark only targets 127.0.0.1, not ${this.url.hostname}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request<T = unknown>(method: string, path: string, options: { body?: unknown; headers?: http.OutgoingHttpHeaders } = {}) {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: http.OutgoingHttpHeaders = { ...options.headers };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    const started = performance.now();
    return new Promise<TimedResponse<T>>((resolve, reject) => {
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, method, path, headers, agent: this.agent, timeout: 60_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - started;
            const raw = Buffer.concat(chunks);
            const text = raw.toString('utf8');
            const body = (text && res.headers['content-type']?.includes('json') ? JSON.parse(text) : text) as T;
            resolve({ status: res.statusCode ?? 0, body, ms, bytes: raw.length });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/** A distinct client address per simulated citizen (10.x.y.z), sent as X-Forwarded-For to an API that trusts 127.0.0.1. */
export const citizenAddress = (i: number) => ({ 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
