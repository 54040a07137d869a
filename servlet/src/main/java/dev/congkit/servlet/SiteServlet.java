package dev.congkit.servlet;

import dev.congkit.core.source.SiteData;
import dev.congkit.servlet.internal.ContextSetup;
import dev.congkit.servlet.internal.Responses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * What every CổngKit servlet that serves a site shares: the {@link SiteResolver} (given in code, or
 * from {@code web.xml}'s {@code congkit.site} parameter at {@code init}), and the request's site with
 * its data version, or a plain 404 for a request no site is served at.
 *
 * <p>Example, a vendor's own servlet over the same sites:
 * <pre>{@code
 * public final class OfficialsJsonServlet extends SiteServlet {
 *     public OfficialsJsonServlet(SiteResolver resolver) { super(resolver); }
 *     protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *         SiteData data = site(request, response);
 *         if (data == null) return;                       // answered 404 already
 *         response.getWriter().write(toJson(data.site().officialsOn(LocalDate.now())));
 *     }
 * }
 * }</pre>
 */
public abstract class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient SiteResolver resolver;

    /** @param resolver the sites to serve, or {@code null} to read them from web.xml at init */
    protected SiteServlet(SiteResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void init() throws ServletException {
        if (resolver == null) {
            resolver = ContextSetup.resolver(getServletConfig());
        }
    }

    /**
     * Whether the web.xml init parameter {@code name} is {@code first}, {@code false} for
     * {@code second}: a servlet that serves one of two things (a calendar, a feed) is told which.
     *
     * @throws ServletException naming the servlet, the parameter and the value when it is neither
     */
    protected final boolean initChoice(String name, String first, String second) throws ServletException {
        String value = getInitParameter(name);
        if (!first.equals(value) && !second.equals(value)) {
            throw new ServletException(getServletName() + ": the init parameter " + name + " must be " + first + " or " + second
                    + ", but was " + (value == null ? "missing" : "'" + value + "'"));
        }
        return first.equals(value);
    }

    /** The request's site with its data version, or {@code null} after answering 404. */
    protected final SiteData site(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return Responses.data(resolver, request, response);
    }
}
