import * as openpgp from "openpgp";
import { InstallError } from "./install-error.js";
import type { TrustedKey } from "./publisher-keys.js";

/** Who signed a document, once verified. */
export interface SignatureCheck {
  publisher: string;
  /** Primary key fingerprint (the pinned one). */
  fingerprint: string;
  /** The (sub)key that made the signature, 16 hex digits. */
  keyId: string;
}

/**
 * Reads an armored public key and checks it is the pinned one. A mismatch means the embedded
 * key was swapped or damaged; verification must then fail, not trust whatever key is there.
 */
export async function readTrustedKey(trusted: TrustedKey): Promise<openpgp.Key> {
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey: trusted.armored });
  } catch (error) {
    throw new InstallError(
      "bad-signature",
      `the ${trusted.publisher} key cannot be read: ${messageOf(error)}`,
    );
  }
  const fingerprint = key.getFingerprint().toUpperCase();
  if (fingerprint !== trusted.fingerprint.toUpperCase()) {
    throw new InstallError(
      "bad-signature",
      `the ${trusted.publisher} key has fingerprint ${fingerprint}, not the pinned ${trusted.fingerprint}`,
    );
  }
  return key;
}

/**
 * Verifies a detached OpenPGP signature (binary, or armored) over `document` with the trusted
 * keys. Resolves to the signer, or throws InstallError `bad-signature` (or `unsigned` when the
 * signature file is empty); never returns without a valid signature from a pinned key.
 */
export async function verifyDetachedSignature(
  document: Uint8Array,
  signature: Uint8Array,
  trustedKeys: readonly TrustedKey[],
  url: string,
): Promise<SignatureCheck> {
  if (signature.length === 0) throw new InstallError("unsigned", `the signature at ${url} is empty`, { url });
  const keys = await Promise.all(trustedKeys.map(readTrustedKey));
  let parsed: openpgp.Signature;
  try {
    const text = new TextDecoder().decode(signature.subarray(0, 64));
    parsed = text.startsWith("-----BEGIN PGP SIGNATURE-----")
      ? await openpgp.readSignature({ armoredSignature: new TextDecoder().decode(signature) })
      : await openpgp.readSignature({ binarySignature: signature });
  } catch (error) {
    throw new InstallError("bad-signature", `${url} is not an OpenPGP signature: ${messageOf(error)}`, {
      url,
    });
  }
  const result = await openpgp.verify({
    message: await openpgp.createMessage({ binary: document }),
    signature: parsed,
    verificationKeys: keys,
    // Publishers extend their key's expiry by issuing new self-signatures and ship only the
    // newest ones (HashiCorp's current key carries 2026 self-signatures), which postdate every
    // older release signature. OpenPGP.js then refuses by default, where gpg accepts. With this
    // setting it accepts when the key is valid now; the key is pinned, so there is no reformatted
    // stranger key to fear.
    config: { allowInsecureVerificationWithReformattedKeys: true },
  });
  const failures: string[] = [];
  for (const entry of result.signatures) {
    try {
      await entry.verified;
      const keyId = entry.keyID.toHex().toUpperCase();
      const index = keys.findIndex((key) => key.getKeys(entry.keyID).length > 0);
      const trusted = trustedKeys[index];
      if (trusted) return { publisher: trusted.publisher, fingerprint: trusted.fingerprint, keyId };
    } catch (error) {
      failures.push(`key ${entry.keyID.toHex().toUpperCase()}: ${messageOf(error)}`);
    }
  }
  const expected = trustedKeys.map((k) => `${k.publisher} ${k.fingerprint}`).join(", ");
  throw new InstallError(
    "bad-signature",
    `the signature at ${url} does not verify with ${expected} (${failures.join("; ") || "no signature packets"})`,
    { url },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
