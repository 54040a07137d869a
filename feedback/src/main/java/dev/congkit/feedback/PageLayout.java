package dev.congkit.feedback;

import dev.congkit.core.render.RenderContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Puts a feedback page (the form, the status page, the staff's pages) into the portal's own page:
 * its header, menus and footer around {@code main}. The servlets set the status and the caching
 * headers first; the layout sets the content type and writes the document.
 *
 * <p>Example:
 * <pre>{@code
 * PageLayout portal = (request, response, context, title, main) -> {
 *     response.setContentType("text/html;charset=UTF-8");
 *     cms.writePage(response.getWriter(), title, main);        // the vendor's own page shell
 * };
 * }</pre>
 */
@FunctionalInterface
public interface PageLayout {

    /**
     * @param context the site, language and path the page is rendered for
     * @param title   the page's title, plain text
     * @param main    the page's content, HTML that starts with its {@code h1}
     */
    void write(HttpServletRequest request, HttpServletResponse response, RenderContext context, String title, String main) throws IOException;

    /** A plain page of its own: the title, CổngKit's stylesheet at {@code /congkit/congkit.css}, and {@code main}. */
    static PageLayout standalone() {
        return (request, response, context, title, main) -> {
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter out = response.getWriter();
            out.write("<!DOCTYPE html>\n<html lang=\"" + context.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                    + dev.congkit.feedback.internal.Html.escape(title + " | " + context.site().agency().displayShortName()) + "</title>\n"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/congkit/congkit.css\">\n</head>\n<body>\n<main id=\"noi-dung\">\n");
            out.write(main);
            out.write("\n</main>\n</body>\n</html>\n");
        };
    }
}
