package dev.bulkhead.export.kubernetes;

/** Containment of IPv4 CIDR blocks; IPv6 blocks contain no IPv4 block. */
final class Ipv4Ranges {
    private Ipv4Ranges() {
    }

    /** Whether {@code outer} contains {@code inner} and is larger than it. */
    static boolean strictlyContains(String outer, String inner) {
        long[] o = parse(outer);
        long[] i = parse(inner);
        if (o == null || i == null || o[1] >= i[1]) {
            return false;
        }
        return (i[0] & mask((int) o[1])) == (o[0] & mask((int) o[1]));
    }

    /** Whether the address lies in the block. */
    static boolean contains(String cidr, String address) {
        long[] block = parse(cidr);
        long[] ip = parse(address + "/32");
        return block != null && ip != null && (ip[0] & mask((int) block[1])) == (block[0] & mask((int) block[1]));
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    /** {address, prefix}, or null for anything but an IPv4 block. */
    private static long[] parse(String cidr) {
        String[] parts = cidr.split("/");
        if (parts.length != 2) {
            return null;
        }
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4) {
            return null;
        }
        long address = 0;
        for (String octet : octets) {
            address = (address << 8) | Integer.parseInt(octet);
        }
        return new long[] {address, Integer.parseInt(parts[1])};
    }
}
