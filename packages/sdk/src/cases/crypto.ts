/**
 * Passphrase-encrypted export of cases with WebCrypto only (browsers and Node 20 alike): a key
 * derived with PBKDF2-SHA-256 encrypts the JSON export with AES-256-GCM. Standard primitives and a
 * plain JSON envelope, so the file can still be opened with any crypto library if this kit is gone.
 * The format is documented in README.md ("Encrypted file format").
 */
import { casesFromJson, casesToJson } from './json.js';
import type { CasesImport } from './csv.js';
import type { Case } from './schema.js';

export const ENCRYPTED_FORMAT = 'mrk-encrypted-cases';
export const ENCRYPTED_VERSION = 1;
/** OWASP Password Storage Cheat Sheet (2023) minimum for PBKDF2-HMAC-SHA256. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Refuse files asking for more work than this, so a crafted file cannot freeze the page. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface EncryptedCasesFile {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertext: string;
}

export type CasesCryptoCode =
  | 'cases.crypto.wrongPassphrase'
  | 'cases.crypto.corrupt'
  | 'cases.crypto.unsupportedVersion'
  | 'cases.crypto.passphraseRequired';

/** A failure with a message id; `message` is for logs only, widgets show the code's text. */
export class CasesCryptoError extends Error {
  constructor(readonly code: CasesCryptoCode) {
    super(code);
    this.name = 'CasesCryptoError';
  }
}

export interface EncryptOptions {
  /** PBKDF2 iterations; keep the default outside tests. */
  iterations?: number;
}

/** Encrypts the JSON export of `cases`; returns the envelope as a JSON string to save as a file. */
export async function encryptCases(cases: readonly Case[], passphrase: string, { iterations = DEFAULT_PBKDF2_ITERATIONS }: EncryptOptions = {}): Promise<string> {
  if (passphrase.length === 0) throw new CasesCryptoError('cases.crypto.passphraseRequired');
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) throw new RangeError(`iterations: ${iterations}`);
  const subtle = globalThis.crypto.subtle;
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const plaintext = new TextEncoder().encode(casesToJson(cases));
  const ciphertext = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(header) }, key, plaintext);
  const file: EncryptedCasesFile = { ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return JSON.stringify(file);
}

/**
 * Decrypts a file written by encryptCases and validates the cases in it. AES-GCM cannot tell a
 * wrong passphrase from a changed file: both give `cases.crypto.wrongPassphrase`.
 */
export async function decryptCases(file: string, passphrase: string): Promise<CasesImport> {
  if (passphrase.length === 0) throw new CasesCryptoError('cases.crypto.passphraseRequired');
  const envelope = readEnvelope(file);
  const salt = fromBase64(envelope.kdf.salt);
  const iv = fromBase64(envelope.cipher.iv);
  const ciphertext = fromBase64(envelope.ciphertext);
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) throw new CasesCryptoError('cases.crypto.corrupt');
  const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: associatedData(envelope) }, key, ciphertext);
  } catch {
    throw new CasesCryptoError('cases.crypto.wrongPassphrase');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    throw new CasesCryptoError('cases.crypto.corrupt');
  }
  return casesFromJson(text);
}

function readEnvelope(file: string): EncryptedCasesFile {
  let data: unknown;
  try {
    data = JSON.parse(file);
  } catch {
    throw new CasesCryptoError('cases.crypto.corrupt');
  }
  const f = data as Partial<EncryptedCasesFile> | null;
  if (f === null || typeof f !== 'object' || f.format !== ENCRYPTED_FORMAT) throw new CasesCryptoError('cases.crypto.corrupt');
  if (f.version !== ENCRYPTED_VERSION) throw new CasesCryptoError('cases.crypto.unsupportedVersion');
  const { kdf, cipher, ciphertext } = f;
  const wellFormed =
    kdf?.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(kdf.iterations) &&
    kdf.iterations >= 1 &&
    kdf.iterations <= MAX_PBKDF2_ITERATIONS &&
    typeof kdf.salt === 'string' &&
    cipher?.name === 'AES-GCM' &&
    typeof cipher.iv === 'string' &&
    typeof ciphertext === 'string';
  if (!wellFormed) throw new CasesCryptoError('cases.crypto.corrupt');
  return f as EncryptedCasesFile;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  // NFC so that the same passphrase typed on two keyboards (composed or decomposed) gives one key.
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The header is authenticated with the ciphertext (AES-GCM additional data), so changing the
 * format, version or parameters is detected. Serialised with a fixed key order.
 */
function associatedData(h: Pick<EncryptedCasesFile, 'format' | 'version' | 'kdf' | 'cipher'>): Uint8Array<ArrayBuffer> {
  const fixed = [h.format, h.version, h.kdf.name, h.kdf.hash, h.kdf.iterations, h.kdf.salt, h.cipher.name, h.cipher.iv];
  return new TextEncoder().encode(JSON.stringify(fixed));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new CasesCryptoError('cases.crypto.corrupt');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
