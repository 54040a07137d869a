package dev.congkit.it.springboot;

import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteSource;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page of the vendor's own, with widgets rendered in place by the plain Java API. */
@RestController
class PageController {

    private final WidgetRenderer renderer;
    private final SiteSource site;

    PageController(WidgetRenderer renderer, SiteSource site) {
        this.renderer = renderer;
        this.site = site;
    }

    @GetMapping(value = "/gioi-thieu", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String about(HttpServletRequest request) {
        RenderContext context = RenderContext.of(site.current().site()).withPath(request.getRequestURI());
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Giới thiệu</title></head><body>"
                + renderer.render("header", context) + renderer.render("menu", context)
                + "<main id=\"noi-dung\"><h1>Giới thiệu</h1></main>" + renderer.render("footer", context) + "</body></html>";
    }
}
