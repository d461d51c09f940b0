package org.collabscreen.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses a webhook may reach: public unicast only. Refused: loopback, unspecified, private (RFC 1918),
 * carrier-grade NAT (100.64/10), link-local (169.254/16, where cloud metadata services live, and fe80::/10),
 * unique-local (fc00::/7, which holds fd00:ec2::254), multicast, broadcast and other reserved ranges, and IPv6 forms
 * that embed an IPv4 address (mapped, compatible, NAT64, 6to4), judged by the address they embed.
 */
final class AddressRules {

    private AddressRules() {}

    /** Whether the address is loopback (127/8, ::1), which an operator may allow for local receivers. */
    static boolean isLoopback(InetAddress address) {
        InetAddress v4 = embeddedIpv4(address);
        return (v4 != null ? v4 : address).isLoopbackAddress();
    }

    /** Whether a webhook may be delivered to the address. */
    static boolean isPublic(InetAddress address) {
        InetAddress v4 = embeddedIpv4(address);
        if (v4 != null) {
            return isPublicIpv4(v4.getAddress());
        }
        if (address instanceof Inet4Address) {
            return isPublicIpv4(address.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        int first = b[0] & 0xff;
        boolean uniqueLocal = (first & 0xfe) == 0xfc;
        boolean documentation =
                first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        boolean globalUnicast = (first & 0xe0) == 0x20;
        return globalUnicast && !uniqueLocal && !documentation;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        return !(a == 0 // "this network"
                || a == 10
                || a == 127
                || (a == 100 && (c & 0xc0) == 64) // 100.64.0.0/10, carrier-grade NAT
                || (a == 169 && c == 254) // link-local, cloud metadata
                || (a == 172 && (c & 0xf0) == 16)
                || (a == 192 && c == 168)
                || (a == 192 && c == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                || (a == 192 && c == 0 && (b[2] & 0xff) == 2) // documentation
                || (a == 198 && (c & 0xfe) == 18) // 198.18.0.0/15, benchmarking
                || (a == 198 && c == 51 && (b[2] & 0xff) == 100)
                || (a == 203 && c == 0 && (b[2] & 0xff) == 113)
                || a >= 224); // multicast, reserved, broadcast
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        byte[] last4 = Arrays.copyOfRange(b, 12, 16);
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15);
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4(last4);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ipv4(Arrays.copyOfRange(b, 2, 6));
        }
        return null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
