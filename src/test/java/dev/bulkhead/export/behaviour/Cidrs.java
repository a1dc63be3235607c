package dev.bulkhead.export.behaviour;

/** IPv4 CIDR containment for the behaviour tests (IPv6 blocks contain no IPv4 address). */
final class Cidrs {
    private Cidrs() {
    }

    static boolean contains(String cidr, String ip) {
        String[] parts = cidr.split("/");
        if (!parts[0].contains(".") || !ip.contains(".")) {
            return false;
        }
        int prefix = Integer.parseInt(parts[1]);
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return (address(parts[0]) & mask) == (address(ip) & mask);
    }

    /** An address a few steps into the block (not its network address). */
    static String someAddressIn(String cidr) {
        long value = address(cidr.split("/")[0]) + 5;
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    private static long address(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
