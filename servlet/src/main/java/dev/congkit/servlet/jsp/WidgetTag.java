package dev.congkit.servlet.jsp;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.DynamicAttributes;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <ck:widget name="menu"/>}, and the base of the named tags ({@code <ck:menu/>},
 * {@code <ck:contact-card official="…"/>}, …): renders a widget into the page, exactly as the Java
 * API and {@code WidgetServlet} do. {@code lang} and {@code path} default to the request's
 * {@code lang} parameter and path; any other attribute is a widget parameter.
 *
 * <p>Example:
 * <pre>{@code
 * <%@ taglib prefix="ck" uri="https://congkit.dev/tags" %>
 * <ck:widget name="banners" slot="right"/>           <%-- any widget by id; other attributes are its parameters --%>
 * <ck:footer lang="en"/>
 * }</pre>
 */
public class WidgetTag extends SimpleTagSupport implements DynamicAttributes {

    private String name;
    private String lang;
    private String path;
    private final Map<String, String> params = new TreeMap<>();

    public void setName(String name) {
        this.name = name;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public void setDynamicAttribute(String uri, String localName, Object value) {
        if (value != null) {
            params.put(localName, String.valueOf(value));
        }
    }

    /** The widget this tag renders; named tags fix it. */
    protected String widgetId() {
        return name;
    }

    @Override
    public void doTag() throws JspException, IOException {
        PageContext page = (PageContext) getJspContext();
        HttpServletRequest request = (HttpServletRequest) page.getRequest();
        String id = widgetId();
        WidgetRenderer renderer = CongKitWeb.renderer(page.getServletContext());
        if (id == null || !renderer.has(id)) {
            throw new JspTagException("CổngKit: unknown widget '" + id + "' (known: " + String.join(", ", renderer.widgetIds()) + ")");
        }
        var data = CongKitWeb.resolver(page.getServletContext()).resolve(request);
        SiteConfig site = data == null ? null : data.site();
        if (site == null) {
            throw new JspTagException("CổngKit: no site for " + request.getRequestURI());
        }
        RenderContext context = RenderContext.of(site)
                .withLocale(Locales.fromTag(lang != null ? lang : request.getParameter("lang")))
                .withPath(path != null ? path : request.getRequestURI().substring(request.getContextPath().length()))
                .withClock(Clock.system(RenderContext.VIETNAM))
                .withParams(params);
        try {
            renderer.render(id, context, page.getOut());
        } catch (IllegalArgumentException e) {
            // a widget refuses a parameter it cannot render with, naming it
            throw new JspTagException("CổngKit <ck:" + id + ">: " + e.getMessage(), e);
        }
    }
}
