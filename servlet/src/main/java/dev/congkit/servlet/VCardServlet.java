package dev.congkit.servlet;

import dev.congkit.core.source.SiteData;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.Responses;
import dev.congkit.widgets.contact.Directory;
import dev.congkit.widgets.contact.VCards;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves vCard 4.0 files under the directory's {@code vcardPath} (default {@code /danh-ba}):
 * {@code /danh-ba.vcf} holds the agency and every official, {@code /danh-ba/{official-id}.vcf} one
 * official. Map it to {@code *.vcf} (or to those paths exactly); any other path is a 404, so the
 * directory page at {@code /danh-ba} itself stays with the portal.
 *
 * <p>Example:
 * <pre>{@code
 * context.addServlet("vcards", new VCardServlet(resolver)).addMapping("*.vcf");
 * // GET /danh-ba.vcf: every official; GET /danh-ba/nguyen-van-thanh.vcf: one
 * }</pre>
 */
public class VCardServlet extends SiteServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)\\.vcf");

    /** For web.xml: the site comes from the {@code congkit.site} init parameter, else the context parameter. */
    public VCardServlet() {
        this(null);
    }

    public VCardServlet(SiteResolver resolver) {
        super(resolver);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = site(request, response);
        if (data == null) {
            return;
        }
        SiteConfig site = data.site();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String base = site.section(Directory.SECTION).orElse(Directory.defaults()).vcardPath().value();
        String body;
        String fileName;
        java.time.LocalDate today = java.time.LocalDate.now(dev.congkit.core.render.RenderContext.VIETNAM);
        if (path.equals(base + ".vcf")) {
            body = VCards.directory(site, today);
            fileName = base.substring(base.lastIndexOf('/') + 1) + ".vcf";
        } else {
            Matcher one = path.startsWith(base + "/") ? ONE.matcher(path.substring(base.length())) : ONE.matcher("");
            Optional<Official> official = one.matches() ? site.official(one.group(1)).filter(o -> o.activeOn(today)) : Optional.empty();
            if (official.isEmpty()) {
                Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such official");
                return;
            }
            body = VCards.official(site, official.get());
            fileName = official.get().id() + ".vcf";
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Responses.send(request, response, Fragment.of(body), VCards.MEDIA_TYPE, "public, max-age=300");
    }
}
