import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/**
 * A PKCS#10 certificate signing request (RFC 2986) for an ECDSA P-256 key, as the kubelet makes
 * for its client certificate: subject O=system:nodes, CN=system:node:<name>, no extensions.
 * Node has no CSR builder, and the DER needed for this one shape is a few lines.
 */

const OID = {
  organization: [0x55, 0x04, 0x0a],
  commonName: [0x55, 0x04, 0x03],
  ecdsaWithSha256: [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02],
};

function der(tag: number, content: Uint8Array): Buffer {
  const length =
    content.length < 0x80
      ? [content.length]
      : content.length < 0x100
        ? [0x81, content.length]
        : [0x82, content.length >> 8, content.length & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), content]);
}

const sequence = (...items: Uint8Array[]) => der(0x30, Buffer.concat(items));
const set = (...items: Uint8Array[]) => der(0x31, Buffer.concat(items));
const oid = (bytes: number[]) => der(0x06, Buffer.from(bytes));
const utf8 = (text: string) => der(0x0c, Buffer.from(text, "utf8"));

function attribute(type: number[], value: string): Buffer {
  return set(sequence(oid(type), utf8(value)));
}

export interface NodeKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** PKCS#8 PEM, for TLS client authentication once the certificate is issued. */
  privateKeyPem: string;
}

export function generateNodeKey(): NodeKey {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return {
    privateKey,
    publicKey,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

/** PEM CSR for `system:node:<nodeName>` in `system:nodes`. */
export function createNodeCsr(key: NodeKey, nodeName: string): string {
  const info = sequence(
    der(0x02, Buffer.from([0])),
    sequence(
      attribute(OID.organization, "system:nodes"),
      attribute(OID.commonName, `system:node:${nodeName}`),
    ),
    key.publicKey.export({ type: "spki", format: "der" }),
    // No attributes: [0] IMPLICIT SET, empty.
    der(0xa0, Buffer.alloc(0)),
  );
  const signature = sign("sha256", info, { key: key.privateKey, dsaEncoding: "der" });
  const request = sequence(
    info,
    sequence(oid(OID.ecdsaWithSha256)),
    der(0x03, Buffer.concat([Buffer.from([0]), signature])),
  );
  const base64 = request.toString("base64").replace(/.{64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE REQUEST-----\n${base64.trimEnd()}\n-----END CERTIFICATE REQUEST-----\n`;
}
