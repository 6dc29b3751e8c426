/** A small keep-alive JSON client over node:http: cheaper per request than fetch, so the load generator stays light. */
import http from 'node:http';

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

export class JsonClient {
  readonly agent: http.Agent;
  private readonly url: URL;

  constructor(baseUrl: string, maxSockets: number) {
    this.url = new URL(baseUrl);
    if (this.url.hostname !== '127.0.0.1') throw new Error(`the benchmark only targets 127.0.0.1, not ${this.url.hostname}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request<T = unknown>(method: string, path: string, token?: string, body?: unknown): Promise<JsonResponse<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, method, path, headers, agent: this.agent, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            if (text && res.headers['content-type']?.includes('json')) parsed = JSON.parse(text);
            resolve({ status: res.statusCode ?? 0, body: parsed as T });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  post<T = unknown>(path: string, token: string, body?: unknown) {
    return this.request<T>('POST', path, token, body);
  }

  close() {
    this.agent.destroy();
  }
}

/** Throws with the answer when the status is not the expected one. */
export function expectStatus<T>(response: JsonResponse<T>, ok: number[], what: string): T {
  if (!ok.includes(response.status)) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  return response.body;
}
