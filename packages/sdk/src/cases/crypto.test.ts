import { describe, expect, it } from 'vitest';
import { CasesCryptoError, decryptCases, DEFAULT_PBKDF2_ITERATIONS, encryptCases, type EncryptedCasesFile } from './index.js';
import { baseCase } from './test/fixtures.js';

// A low count keeps these tests fast; only the default test below relies on the real count.
const FAST = { iterations: 1_000 };
const cases = [baseCase(), baseCase({ id: 'second-case-01', worker: { pseudonym: 'नेपाली कामदार' } })];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(CasesCryptoError);
    return (e as CasesCryptoError).code;
  }
}

describe('encryptCases / decryptCases', () => {
  it('uses at least 600,000 PBKDF2 iterations by default (OWASP 2023)', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const file = JSON.parse(await encryptCases(cases, 'correct horse battery staple')) as EncryptedCasesFile;
    expect(file.kdf.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect((await decryptCases(JSON.stringify(file), 'correct horse battery staple')).cases).toEqual(cases);
  });

  it('writes the documented envelope, with a fresh salt and IV every time', async () => {
    const a = JSON.parse(await encryptCases(cases, 'pass phrase', FAST)) as EncryptedCasesFile;
    const b = JSON.parse(await encryptCases(cases, 'pass phrase', FAST)) as EncryptedCasesFile;
    expect(Object.keys(a)).toEqual(['format', 'version', 'kdf', 'cipher', 'ciphertext']);
    expect(a).toMatchObject({ format: 'mrk-encrypted-cases', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 }, cipher: { name: 'AES-GCM' } });
    expect(atob(a.kdf.salt)).toHaveLength(16);
    expect(atob(a.cipher.iv)).toHaveLength(12);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    // Nothing readable leaks into the file.
    expect(JSON.stringify(a)).not.toContain('Worker A');
  });

  it('round-trips, including a passphrase typed in Devanagari in another Unicode form', async () => {
    const composed = 'मेरो \u0929ाम'; // U+0929 (ऩ) is one code point in NFC…
    const decomposed = composed.normalize('NFD'); // …and न + nukta (U+0928 U+093C) in NFD
    expect(decomposed).not.toBe(composed);
    const file = await encryptCases(cases, composed, FAST);
    expect(await decryptCases(file, decomposed)).toEqual({ cases, errors: [] });
  });

  it('says the passphrase is wrong', async () => {
    const file = await encryptCases(cases, 'right one', FAST);
    expect(await codeOf(decryptCases(file, 'wrong one'))).toBe('cases.crypto.wrongPassphrase');
  });

  it('detects a changed ciphertext, IV or authenticated header', async () => {
    const file = JSON.parse(await encryptCases(cases, 'pass phrase', FAST)) as EncryptedCasesFile;
    const flip = (b64: string) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      bytes[5]! ^= 1;
      return btoa(String.fromCharCode(...bytes));
    };
    const tampered = [
      { ...file, ciphertext: flip(file.ciphertext) },
      { ...file, cipher: { ...file.cipher, iv: flip(file.cipher.iv) } },
      { ...file, kdf: { ...file.kdf, iterations: 1001 } },
    ];
    for (const t of tampered) expect(await codeOf(decryptCases(JSON.stringify(t), 'pass phrase'))).toBe('cases.crypto.wrongPassphrase');
  });

  it('rejects damaged, foreign and future files with a code', async () => {
    const file = JSON.parse(await encryptCases(cases, 'pass phrase', FAST)) as EncryptedCasesFile;
    const decrypt = (f: unknown) => codeOf(decryptCases(typeof f === 'string' ? f : JSON.stringify(f), 'pass phrase'));
    expect(await decrypt('not json')).toBe('cases.crypto.corrupt');
    expect(await decrypt({ ...file, format: 'something-else' })).toBe('cases.crypto.corrupt');
    expect(await decrypt({ ...file, ciphertext: '***' })).toBe('cases.crypto.corrupt');
    expect(await decrypt({ ...file, kdf: { ...file.kdf, salt: btoa('short') } })).toBe('cases.crypto.corrupt');
    expect(await decrypt({ ...file, kdf: { ...file.kdf, iterations: 1e12 } })).toBe('cases.crypto.corrupt');
    expect(await decrypt({ ...file, version: 2 })).toBe('cases.crypto.unsupportedVersion');
  });

  it('refuses an empty passphrase', async () => {
    expect(await codeOf(encryptCases(cases, ''))).toBe('cases.crypto.passphraseRequired');
  });
});
