package dev.congkit.audit.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an audit may read: its own site, and no private address unless the target is on one. No request is sent here. */
class ScopeTest {

    @Test
    void theSiteIsItsHostOrWwwTwinOnItsPortOrBetweenTheStandardPorts() {
        Scope scope = Scope.of(URI.create("http://mauson.thanhhoa.gov.vn/"), false);
        assertTrue(scope.admits(URI.create("http://mauson.thanhhoa.gov.vn/lien-he")));
        assertTrue(scope.admits(URI.create("http://WWW.mauson.thanhhoa.gov.vn:80/")));
        assertTrue(scope.admits(URI.create("https://mauson.thanhhoa.gov.vn/")), "http on 80 moving to https on 443");
        assertFalse(scope.admits(URI.create("http://mauson.thanhhoa.gov.vn:8080/")), "another port");
        assertFalse(scope.admits(URI.create("http://camthanh.thanhhoa.gov.vn/")), "a sibling host");
        assertFalse(scope.admits(URI.create("http://mauson.thanhhoa.gov.vn.evil.example/")));
        assertFalse(scope.admits(URI.create("http://169.254.169.254/latest/meta-data/")));
        assertFalse(scope.admits(URI.create("file:///etc/passwd")));
        Scope loopback = Scope.of(URI.create("http://127.0.0.1:8080/"), false);
        assertTrue(loopback.admits(URI.create("http://127.0.0.1:8080/a")));
        assertFalse(loopback.admits(URI.create("http://127.0.0.1:8081/a")), "another service on the same machine");
        assertFalse(loopback.admits(URI.create("https://127.0.0.1:8080/a")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "fc12::3", "::ffff:127.0.0.1", "::ffff:10.1.2.3"})
    void privateAndLocalAddressesAreInternal(String literal) throws UnknownHostException {
        assertTrue(Scope.internal(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.225.0.1", "203.113.128.1", "8.8.8.8", "2001:ee0::1", "::ffff:14.225.0.1"})
    void publicAddressesAreNot(String literal) throws UnknownHostException {
        assertFalse(Scope.internal(InetAddress.getByName(literal)), literal);
    }

    @Test
    void aPublicTargetMayNotReadPrivateAddressesUnlessAllowed() {
        Scope publicSite = Scope.of(URI.create("http://14.225.0.1/"), false);
        assertTrue(publicSite.refusal(URI.create("http://127.0.0.1/")).isPresent());
        assertTrue(publicSite.refusal(URI.create("http://[::1]/")).isPresent());
        assertEquals("10.1.2.3 resolves to the private or local address 10.1.2.3, which an audit of a public site does not read",
                publicSite.refusal(URI.create("http://10.1.2.3/")).orElseThrow());
        assertTrue(publicSite.refusal(URI.create("http://14.225.0.1/")).isEmpty());
        assertTrue(Scope.of(URI.create("http://14.225.0.1/"), true).refusal(URI.create("http://127.0.0.1/")).isEmpty(), "allowed by the office");
        assertTrue(Scope.of(URI.create("http://127.0.0.1:8080/"), false).refusal(URI.create("http://127.0.0.1:8080/")).isEmpty(),
                "a target on a private address may read it");
    }
}
