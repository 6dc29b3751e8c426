/** The frames of streamLocationEvents, and an incremental parser of text/event-stream used by clients and tests. */
export interface LocationEventMessage {
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export interface SseFrame {
  id?: string;
  event?: string;
  data: string;
}

/** Feed chunks of the stream as they arrive; complete frames come out (comments and heartbeats are skipped). */
export function createSseParser(onFrame: (frame: SseFrame) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const frame: SseFrame = { data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'id') frame.id = value;
        else if (field === 'event') frame.event = value;
      }
      if (data.length > 0) {
        frame.data = data.join('\n');
        onFrame(frame);
      }
    }
  };
}
