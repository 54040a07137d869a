package dev.congkit.servlet;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A short plain-text answer, as every CổngKit servlet gives one for a refusal or an error: the
 * status, one line a person can read, never a stack trace, never cached, never sniffed as HTML.
 *
 * <p>Example, in a vendor's servlet:
 * <pre>{@code
 * if (!mayEdit(request)) {
 *     PlainText.send(response, HttpServletResponse.SC_FORBIDDEN, "Bạn không có quyền sửa trang này.");
 *     return;
 * }
 * }</pre>
 */
public final class PlainText {

    private PlainText() {
    }

    /** Answers {@code status} with {@code message} and a line break, in UTF-8. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
