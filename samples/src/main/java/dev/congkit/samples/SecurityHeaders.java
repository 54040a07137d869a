package dev.congkit.samples;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The strict headers the demo sends on every response: a Content-Security-Policy without
 * 'unsafe-inline' (the widgets need none), no MIME sniffing, a cautious referrer policy.
 */
final class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** The gallery's previews are framed by the gallery, on this site only. */
    static final String PREVIEW_POLICY = POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        boolean preview = request.getRequestURI().startsWith(request.getContextPath() + WidgetGallery.PREVIEW);
        response.setHeader("Content-Security-Policy", preview ? PREVIEW_POLICY : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
