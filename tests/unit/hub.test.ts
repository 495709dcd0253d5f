import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCertificate } from '@vitejs/plugin-basic-ssl';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf, suppliedCertificate } from '../../src/hub/hub';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the hub', () => {
  it('prints the fingerprint of the certificate it made on first run, as a browser shows it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-'));
    const pem = await getCertificate(dir);
    const fingerprint = fingerprintOf(pem);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The same as hashing the certificate's DER bytes.
    const der = new X509Certificate(pem).raw;
    const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
    expect(fingerprint?.replaceAll(':', '')).toBe(hex);
    expect(fingerprintOf('no certificate here')).toBeUndefined();
  });

  it('takes a certificate the person supplies, from the two files named', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-'));
    const pem = await getCertificate(dir);
    writeFileSync(join(dir, 'cert.pem'), pem);
    writeFileSync(join(dir, 'key.pem'), pem);
    const env = {
      FOOTHOLD_HUB_CERT: join(dir, 'cert.pem'),
      FOOTHOLD_HUB_KEY: join(dir, 'key.pem'),
    };
    expect(suppliedCertificate(env)).toEqual({ cert: pem, key: pem });
    expect(suppliedCertificate({ FOOTHOLD_HUB_CERT: env.FOOTHOLD_HUB_CERT })).toBeUndefined();
  });
});
