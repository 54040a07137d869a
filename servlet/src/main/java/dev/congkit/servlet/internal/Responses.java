package dev.congkit.servlet.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writing responses the same way everywhere: caching headers, plain-text errors. Internal. */
public final class Responses {

    private Responses() {
    }

    /** Sends {@code fragment} with its ETag, or 304 when the client already has it. */
    public static void send(HttpServletRequest request, HttpServletResponse response, Fragment fragment,
                            String contentType, String cacheControl) throws IOException {
        response.setHeader("ETag", fragment.etag());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (fragment.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(fragment.body().length);
        response.getOutputStream().write(fragment.body());
    }

    /** The request's site with its data version, or {@code null} after answering 404. */
    public static dev.congkit.core.source.SiteData data(dev.congkit.servlet.SiteResolver resolver, HttpServletRequest request,
                                                        HttpServletResponse response) throws IOException {
        dev.congkit.core.source.SiteData data = resolver.resolve(request);
        if (data == null) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Unknown site");
        }
        return data;
    }

    /** A short plain-text message: never a stack trace. */
    public static void plain(HttpServletResponse response, int status, String message) throws IOException {
        dev.congkit.servlet.PlainText.send(response, status, message);
    }
}
