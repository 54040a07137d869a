package dev.congkit.samples;

import dev.congkit.feedback.FeedbackAuthorizer;
import dev.congkit.upload.UploadAuthorizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The demo's rule for its staff pages and uploads: from this machine only, with the password printed
 * at start. An upload carries it; the staff log in once with it (the session then remembers them).
 * A real portal uses its CMS login.
 */
final class DemoPassword implements UploadAuthorizer, FeedbackAuthorizer {

    private static final String STAFF = "dev.congkit.samples.staff";

    private final byte[] password;

    DemoPassword(String password) {
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean mayUpload(HttpServletRequest request) {
        // decided on the address before the password field makes the container read the multipart body
        return isLoopback(request.getRemoteAddr()) && matches(request.getParameter("password"));
    }

    @Override
    public boolean mayManage(HttpServletRequest request) {
        if (!isLoopback(request.getRemoteAddr())) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(STAFF))) {
            return true;
        }
        if ("POST".equals(request.getMethod()) && matches(request.getParameter("password"))) {
            request.getSession(true);
            request.changeSessionId();   // a new session id at log-in: one planted before it is worth nothing
            request.getSession().setAttribute(STAFF, Boolean.TRUE);
            return true;
        }
        return false;
    }

    private boolean matches(String given) {
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
