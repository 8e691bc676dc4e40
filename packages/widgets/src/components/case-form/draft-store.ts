/**
 * The ONE place a widget may store anything: drafts of <mr-case-form>, only when the partner
 * opted in with the `persist` attribute and the person set a passphrase. Everything written is
 * the output of the SDK's `encryptCases` (AES-GCM, key from the passphrase with PBKDF2): no
 * plaintext value ever reaches IndexedDB. Nothing here runs unless <mr-case-form persist> calls it.
 *
 * One database, one object store, two records: the cases saved in the list and the case on screen.
 * The SDK's encryption is handed in by the caller (it comes with the form's engine, fetched when the
 * person first uses the form), so that looking whether drafts exist costs the first screen no crypto.
 */
import type { Case, CasesImport, decryptCases, encryptCases } from '@migrant-rights/sdk/cases/core';

/** The SDK's `encryptCases` and `decryptCases`, the only way records are written and read. */
export interface DraftCrypto {
  encryptCases: typeof encryptCases;
  decryptCases: typeof decryptCases;
}

export const DRAFT_DB = 'mr-case-form-drafts';
const STORE = 'drafts';
const VERSION = 1;
export const SAVED_KEY = 'saved';
export const CURRENT_KEY = 'current';

export interface Drafts {
  saved: CasesImport;
  current?: CasesImport;
}

function idb(): IDBFactory | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDB;
}

export function draftsAvailable(): boolean {
  return idb() !== undefined;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(name: string): Promise<IDBDatabase> {
  const factory = idb();
  if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const req = factory.open(name, VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

/**
 * Whether drafts are kept on this device. Asks the list of databases first, so that merely
 * looking never creates one; where the browser cannot list them, opens and checks for records
 * and deletes a database it had to create empty.
 */
export async function hasDrafts(name = DRAFT_DB): Promise<boolean> {
  const factory = idb();
  if (!factory) return false;
  if (typeof factory.databases === 'function') {
    const list = await factory.databases();
    if (!list.some((d) => d.name === name)) return false;
  }
  const db = await open(name);
  try {
    const count = await request(db.transaction(STORE, 'readonly').objectStore(STORE).count());
    if (count === 0) {
      db.close();
      await deleteDrafts(name);
    }
    return count > 0;
  } finally {
    db.close();
  }
}

/**
 * Encrypts and writes the saved cases and the case on screen. `current` undefined keeps the case
 * stored before (the one on screen has a problem and is kept once fixed); null removes it.
 */
export async function writeDrafts(
  { encryptCases }: DraftCrypto,
  passphrase: string,
  saved: readonly Case[],
  current: Case | null | undefined,
  name = DRAFT_DB,
): Promise<void> {
  const savedFile = await encryptCases(saved, passphrase);
  const currentFile = current ? await encryptCases([current], passphrase) : undefined;
  const db = await open(name);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(savedFile, SAVED_KEY);
    if (currentFile) store.put(currentFile, CURRENT_KEY);
    else if (current === null) store.delete(CURRENT_KEY);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Reads and decrypts the drafts; a wrong passphrase throws the SDK's CasesCryptoError. */
export async function readDrafts({ decryptCases }: DraftCrypto, passphrase: string, name = DRAFT_DB): Promise<Drafts> {
  const db = await open(name);
  let savedFile: unknown;
  let currentFile: unknown;
  try {
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    [savedFile, currentFile] = await Promise.all([request(store.get(SAVED_KEY)), request(store.get(CURRENT_KEY))]);
  } finally {
    db.close();
  }
  const saved = typeof savedFile === 'string' ? await decryptCases(savedFile, passphrase) : { cases: [], errors: [] };
  const current = typeof currentFile === 'string' ? await decryptCases(currentFile, passphrase) : undefined;
  return current ? { saved, current } : { saved };
}

/** Deletes the whole database ("delete everything"). Resolves once it is gone. */
export function deleteDrafts(name = DRAFT_DB): Promise<void> {
  const factory = idb();
  if (!factory) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Another tab holds it open: the deletion completes when that tab closes it.
    req.onblocked = () => resolve();
  });
}
