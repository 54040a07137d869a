package dev.congkit.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The session's CSRF token for the feedback forms: made on first use, compared in constant time. */
public final class Csrf {

    private static final String ATTRIBUTE = "dev.congkit.feedback.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    /** Whether the request's {@code csrf} field is its session's token. */
    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter("csrf");
        return expected != null && given != null
                && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
