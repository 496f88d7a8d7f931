import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
}

/**
 * facebook.com and twitter.com are HSTS-preloaded, so Chromium only talks https to them: the fixture
 * server needs a certificate. A throwaway self-signed one is made at test time with openssl (the
 * browser is told to ignore certificate errors) and reused across test files of one run.
 */
export function selfSignedCertificate(): TlsMaterial {
  const dir = join(tmpdir(), 'moderato-e2e-tls');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-subj', '/CN=www.facebook.com',
      '-addext', 'subjectAltName=DNS:www.facebook.com,DNS:facebook.com,DNS:x.com,DNS:twitter.com,DNS:localhost',
      '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
