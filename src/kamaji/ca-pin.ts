import { createHash, X509Certificate } from "node:crypto";

/**
 * kubeadm's public key pins (cmd/kubeadm/app/util/pubkeypin): `sha256:` and the lowercase hex
 * SHA-256 of a CA certificate's DER SubjectPublicKeyInfo. Pinning the key rather than the
 * certificate keeps the pin valid when the CA is re-issued with the same key.
 */

const PIN_PATTERN = /^sha256:[0-9a-f]{64}$/;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

export class CaCertificateError extends Error {
  constructor(readonly where: string) {
    super(`${where}: no PEM certificate could be read`);
    this.name = "CaCertificateError";
  }
}

/** The pin of one PEM certificate. */
export function computeCaPin(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: "spki", format: "der" });
  return `sha256:${createHash("sha256").update(spki).digest("hex")}`;
}

/** The pins of every certificate in a PEM bundle, in order (kubeadm prints one flag for each). */
export function computeCaPins(bundle: string, where = "CA data"): string[] {
  const blocks = bundle.match(PEM_CERTIFICATE) ?? [];
  try {
    const pins = blocks.map(computeCaPin);
    if (pins.length === 0) throw new CaCertificateError(where);
    return pins;
  } catch (error) {
    if (error instanceof CaCertificateError) throw error;
    throw new CaCertificateError(where);
  }
}

/** kubeadm accepts the hex digits in either case; we compare and print lowercase. */
export function normalizeCaPin(pin: string): string | undefined {
  const lower = pin.trim().toLowerCase();
  return PIN_PATTERN.test(lower) ? lower : undefined;
}
