package dev.congkit.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The session's CSRF token, shared by every CổngKit form that changes something (uploads, the
 * feedback form, the staff's and the monitor's pages): made on first use from a secure random
 * source, put in a form's hidden {@code csrf} field, compared in constant time.
 *
 * <p>Example:
 * <pre>{@code
 * out.write("<input type=\"hidden\" name=\"csrf\" value=\"" + CsrfTokens.token(request) + "\">");
 * if (!CsrfTokens.valid(request)) {
 *     response.sendError(403);
 * }
 * }</pre>
 */
public final class CsrfTokens {

    private static final String ATTRIBUTE = "dev.congkit.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, the session and the token made when there is none. */
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

    /** Whether the request's {@code csrf} parameter is its session's token. */
    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter("csrf");
        return expected != null && given != null
                && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
