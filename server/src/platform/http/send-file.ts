import type { FastifyReply } from 'fastify';

/**
 * Sends a stored file as a download: its type as stored (checked at upload), the name in ASCII and
 * in UTF-8 (RFC 6266), never sniffed, never cached.
 */
export function sendStoredFile(reply: FastifyReply, file: { fileName: string; mediaType: string; bytes: Buffer }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.bytes);
}
