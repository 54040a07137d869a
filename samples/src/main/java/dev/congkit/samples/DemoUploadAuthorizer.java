package dev.congkit.samples;

import dev.congkit.servlet.UploadAuthorizer;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The demo's upload rule: from this machine only, with the demo password. A real portal uses its CMS login. */
final class DemoUploadAuthorizer implements UploadAuthorizer {

    private final byte[] password;

    DemoUploadAuthorizer(String password) {
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean mayUpload(HttpServletRequest request) {
        if (!isLoopback(request.getRemoteAddr())) {
            return false;   // decided before the password field makes the container read the multipart body
        }
        String given = request.getParameter("password");
        return given != null && MessageDigest.isEqual(password, given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
