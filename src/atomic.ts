/**
 * Writing files atomically: data goes to a temporary file beside the target, is flushed, and
 * is renamed over the target, so an interrupted write leaves the old file whole.
 */
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Write `data` to `file` atomically. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
