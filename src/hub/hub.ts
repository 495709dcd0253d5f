// `npm run hub`: the built app served over HTTPS on the local network with the relay beside it at
// /link, and the address to open in the headset printed with a QR code and the certificate's
// fingerprint. The relay is also attached to `npm run dev` and `npm run preview`, on their own
// origins, so the companion works wherever the app is served by Vite. Node only.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { attachRelay } from './relay.ts';

/** The certificate a person supplies (FOOTHOLD_HUB_CERT and FOOTHOLD_HUB_KEY, PEM files), if any. */
export function suppliedCertificate(
  env: NodeJS.ProcessEnv = process.env,
): { cert: string; key: string } | undefined {
  const { FOOTHOLD_HUB_CERT: certPath, FOOTHOLD_HUB_KEY: keyPath } = env;
  if (!certPath || !keyPath) return undefined;
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
}

/** The SHA-256 fingerprint of the first certificate in a PEM text, as browsers show it. */
export function fingerprintOf(pem: string): string | undefined {
  const block = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)?.[0];
  return block ? new X509Certificate(block).fingerprint256 : undefined;
}

/** This computer's addresses on the local network (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => (a as { address: string }).address);
}

function banner(server: PreviewServer) {
  const https = server.config.preview.https;
  const scheme = https ? 'https' : 'http';
  const port = (server.httpServer.address() as { port: number } | null)?.port;
  const addresses = lanAddresses().map((ip) => `${scheme}://${ip}:${port}/`);
  const cert = typeof https === 'object' && https.cert ? String(https.cert) : undefined;
  const fingerprint = cert ? fingerprintOf(cert) : undefined;
  const first = addresses[0] ?? `${scheme}://localhost:${port}/`;
  const lines = [
    '',
    '  Foothold hub: the app and the companion relay on this network.',
    `  Open in the headset: ${first}`,
    ...addresses.slice(1).map((a) => `                   or: ${a}`),
    `  The companion opens: ${first}#/companion`,
    ...(fingerprint ? [`  Certificate SHA-256: ${fingerprint}`] : []),
    '  Nothing here leaves this network. Stop with Ctrl+C.',
    '',
    renderUnicodeCompact(first, { border: 1 }),
  ];
  server.config.logger.info(lines.join('\n'));
}

/** The relay on Vite's own servers; with `banner`, the hub's address, QR code and fingerprint. */
export function companionRelay(options: { banner?: boolean } = {}): Plugin {
  return {
    name: 'foothold-companion-relay',
    configureServer(server: ViteDevServer) {
      if (server.httpServer) attachRelay(server.httpServer as HttpServer);
    },
    configurePreviewServer(server: PreviewServer) {
      attachRelay(server.httpServer as HttpServer);
      if (options.banner) server.httpServer.once('listening', () => banner(server));
    },
  };
}
