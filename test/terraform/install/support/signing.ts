import * as openpgp from "openpgp";
import type { TrustedKey } from "../../../../src/terraform/install/publisher-keys.js";

/** A throwaway publisher: its key as the installer would pin it, and detached signing with it. */
export interface TestSigner {
  trusted: TrustedKey;
  sign(document: Uint8Array): Promise<Uint8Array>;
}

export async function createSigner(name: string): Promise<TestSigner> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: "ecc",
    userIDs: [{ name, email: "release@example.test" }],
    format: "object",
  });
  return {
    trusted: {
      publisher: name,
      fingerprint: publicKey.getFingerprint().toUpperCase(),
      armored: publicKey.armor(),
    },
    sign: async (document) =>
      openpgp.sign({
        message: await openpgp.createMessage({ binary: document }),
        signingKeys: privateKey,
        detached: true,
        format: "binary",
      }),
  };
}
