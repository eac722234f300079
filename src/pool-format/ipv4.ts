/** IPv4 arithmetic on validated dotted quads, for range and subnet checks. */

export function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

export function numberToIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** The first address of the subnet that `address/prefixLength` lies in. */
export function networkOf(address: string, prefixLength: number): number {
  const size = 2 ** (32 - prefixLength);
  return Math.floor(ipv4ToNumber(address) / size) * size;
}

export function subnetSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}
