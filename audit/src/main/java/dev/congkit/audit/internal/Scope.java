package dev.congkit.audit.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one audit may read from: the audited host (or its {@code www.} twin, the same site by
 * convention) on the target's port, or moving between http on 80 and https on 443. Addresses that
 * point into a private network (loopback, link-local, private, shared, multicast) are refused after
 * DNS resolution unless the target itself is on one or the office allowed them.
 */
public final class Scope {

    private final String scheme;
    private final String host;
    private final int port;
    private final boolean internalAllowed;

    private Scope(String scheme, String host, int port, boolean internalAllowed) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.internalAllowed = internalAllowed;
    }

    /**
     * The scope of an audit of {@code target}. Resolving the target's host is the one look-up made
     * here: private addresses are allowed for the whole audit when the target resolves to one.
     */
    public static Scope of(URI target, boolean allowInternal) {
        String scheme = String.valueOf(target.getScheme()).toLowerCase(Locale.ROOT);
        boolean internal = allowInternal;
        if (!internal && target.getHost() != null) {
            try {
                for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                    internal |= internal(address);
                }
            } catch (UnknownHostException e) {
                // an unknown host fails when it is fetched, with its own message
            }
        }
        return new Scope(scheme, twin(target.getHost()), port(target), internal);
    }

    /** Whether {@code uri} is on the audited site (it says nothing of its addresses: see {@link #refusal}). */
    public boolean admits(URI uri) {
        if (uri == null || uri.getHost() == null || !host.equals(twin(uri.getHost()))) {
            return false;
        }
        String otherScheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        int otherPort = port(uri);
        return otherScheme.equals(scheme) && otherPort == port || standard(scheme, port) && standard(otherScheme, otherPort);
    }

    /** Why the addresses of {@code uri}'s host may not be read, or empty when they may. */
    public Optional<String> refusal(URI uri) {
        if (internalAllowed) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    return Optional.of(uri.getHost() + " resolves to the private or local address " + address.getHostAddress()
                            + ", which an audit of a public site does not read");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("unknown host");
        }
    }

    /** Whether an address belongs to this machine or a private network rather than the internet. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128   // this network; shared (carrier-grade NAT)
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0        // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19)             // benchmarking
                    || first >= 240;                                              // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean mappedV4 = java.util.stream.IntStream.range(0, 10).allMatch(i -> b[i] == 0) && (b[10] & 0xff) == 0xff
                    && (b[11] & 0xff) == 0xff;
            if (mappedV4) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return (first & 0xfe) == 0xfc;                                       // unique local fc00::/7
        }
        return true;
    }

    private static boolean standard(String scheme, int port) {
        return "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String twin(String host) {
        String lower = String.valueOf(host).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
