package dev.congkit.bench;

import dev.congkit.core.internal.Json;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Pagination;
import dev.congkit.widgets.document.DocumentListWidget;
import dev.congkit.widgets.news.Article;
import dev.congkit.widgets.news.NewsListWidget;

import java.util.List;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.banner.BannersWidget;
import dev.congkit.widgets.banner.FeedbackBannerWidget;
import dev.congkit.widgets.contact.ContactCardWidget;
import dev.congkit.widgets.contact.DirectoryWidget;
import dev.congkit.widgets.contact.PersonView;
import dev.congkit.widgets.figure.FigureWidget;
import dev.congkit.widgets.footer.FooterWidget;
import dev.congkit.widgets.header.HeaderWidget;
import dev.congkit.widgets.menu.MenuView;
import dev.congkit.widgets.schedule.LeaderScheduleWidget;
import dev.congkit.widgets.schedule.ReceptionScheduleWidget;
import dev.congkit.widgets.sitemap.SitemapWidget;

/**
 * The physical limit for each widget: the same model work (the widget's own {@code model}) and
 * the same HTML, appended to a {@link StringBuilder} by hand instead of through a template.
 * {@link Verify} keeps every method byte-identical to the template's output.
 */
final class HandWritten {

    private HandWritten() {
    }

    /** Renders {@code widget} as the template would, with its JSON-LD. */
    static String render(Widget widget, RenderContext context, Labels labels) {
        Object model = widget.model(context, labels);
        if (model == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(4096);
        String lang = context.lang();
        switch (widget.id()) {
            case "header" -> header(b, (HeaderWidget.HeaderView) model, labels, lang);
            case "menu", "top-menu" -> menu(b, (MenuView) model, lang);
            case "footer" -> footer(b, (FooterWidget.FooterView) model, labels, lang);
            case "sitemap" -> sitemap(b, (SitemapWidget.View) model, lang);
            case "banners" -> banners(b, (BannersWidget.View) model, lang);
            case "feedback-banner" -> feedback(b, (FeedbackBannerWidget.View) model, labels, lang);
            case "figure" -> figure(b, (FigureWidget.View) model, lang);
            case "contact-card" -> contactCard(b, model, labels, lang);
            case "directory" -> directory(b, (DirectoryWidget.View) model, labels, lang);
            case "leader-schedule" -> leaderSchedule(b, (LeaderScheduleWidget.View) model, labels, lang);
            case "reception-schedule" -> reception(b, (ReceptionScheduleWidget.View) model, labels, lang);
            case "document-list" -> documentList(b, (DocumentListWidget.View) model, labels, lang);
            case "news-list" -> newsList(b, (NewsListWidget.View) model, labels, lang);
            default -> throw new IllegalArgumentException("no hand-written baseline for " + widget.id());
        }
        Object data = widget.jsonLd(context, model);
        if (data != null) {
            b.append("<script type=\"application/ld+json\">").append(Json.toHtmlSafeJson(data)).append("</script>\n");
        }
        return b.toString();
    }

    /** Escapes as Mustache.java does: {@code & < > " ' ` =} and control characters as character references. */
    static StringBuilder e(StringBuilder b, String text) {
        if (text == null) {
            return b;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '`' -> b.append("&#96;");
                case '=' -> b.append("&#61;");
                default -> {
                    if (c <= 13) {
                        b.append("&#").append((int) c).append(';');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b;
    }

    private static void header(StringBuilder b, HeaderWidget.HeaderView v, Labels l, String lang) {
        b.append("<header class=\"ck-header\" lang=\"");
        e(b, lang).append("\">\n  <a class=\"ck-skip-link\" href=\"");
        e(b, v.skipTarget()).append("\">");
        e(b, l.get("header.skip")).append("</a>\n  <div class=\"ck-header__inner\">\n    <a class=\"ck-header__brand\" href=\"/\">\n      ");
        if (v.logo() != null) {
            b.append("<img class=\"ck-header__logo\" src=\"");
            e(b, v.logo().src()).append("\" alt=\"");
            e(b, v.logo().alt()).append("\" width=\"80\" height=\"80\">");
        }
        b.append("\n      <span class=\"ck-header__names\">\n        ");
        if (v.parentName() != null) {
            b.append("<span class=\"ck-header__parent\">");
            e(b, v.parentName()).append("</span>");
        }
        b.append("\n        <span class=\"ck-header__name\">");
        e(b, v.name()).append("</span>\n        ");
        if (v.englishName() != null) {
            b.append("<span class=\"ck-header__english\" lang=\"en\">");
            e(b, v.englishName()).append("</span>");
        }
        b.append("\n      </span>\n    </a>\n    <form class=\"ck-search\" role=\"search\" action=\"");
        e(b, v.searchUrl()).append("\" method=\"get\">\n      <label class=\"ck-search__label\" for=\"ck-search-q\">");
        e(b, l.get("header.searchLabel")).append("</label>\n      <input class=\"ck-search__input\" id=\"ck-search-q\" name=\"");
        e(b, v.searchParam()).append("\" type=\"search\" accesskey=\"4\" autocomplete=\"off\">\n      <button class=\"ck-search__button\" type=\"submit\">");
        e(b, l.get("header.searchButton")).append("</button>\n    </form>\n");
        if (v.languages() != null) {
            b.append("    <nav class=\"ck-languages ck-header__languages\" aria-label=\"");
            e(b, v.languages().label()).append("\">\n  <ul class=\"ck-languages__list\">\n");
            for (var choice : v.languages().choices()) {
                b.append("    <li><a href=\"");
                e(b, choice.url()).append("\" hreflang=\"");
                e(b, choice.tag()).append("\" lang=\"");
                e(b, choice.tag()).append('"');
                if (choice.current()) {
                    b.append(" aria-current=\"true\"");
                }
                b.append('>');
                e(b, choice.name()).append("</a></li>\n");
            }
            b.append("  </ul>\n    </nav>\n");
        }
        b.append("  </div>\n</header>\n");
    }

    private static void menu(StringBuilder b, MenuView v, String lang) {
        b.append("<nav class=\"ck-menu ck-menu--");
        e(b, v.variant()).append("\" aria-label=\"");
        e(b, v.ariaLabel()).append("\" lang=\"");
        e(b, lang).append("\">\n  <ul class=\"ck-menu__list\">\n");
        for (MenuView.Entry item : v.items()) {
            b.append("    <li class=\"ck-menu__item\">");
            if (item.group()) {
                b.append("<details class=\"ck-menu__group\"");
                if (item.open()) {
                    b.append(" open");
                }
                b.append("><summary class=\"ck-menu__toggle\">");
                e(b, item.label()).append("</summary>\n      <ul class=\"ck-menu__sublist\">\n");
                for (MenuView.Entry child : item.children()) {
                    b.append("        <li class=\"ck-menu__subitem\">");
                    entry(b, child);
                    b.append("</li>\n");
                }
                b.append("      </ul>\n    </details>");
            } else {
                entry(b, item);
            }
            b.append("</li>\n");
        }
        // the template is a partial followed by a newline, which Mustache.java keeps
        b.append("  </ul>\n</nav>\n\n");
    }

    private static void entry(StringBuilder b, MenuView.Entry entry) {
        if (entry.link()) {
            b.append("<a class=\"ck-menu__link\" href=\"");
            e(b, entry.url()).append('"');
            if (entry.current()) {
                b.append(" aria-current=\"page\"");
            }
            if (entry.hasAccessKey()) {
                b.append(" accesskey=\"");
                e(b, entry.accessKey()).append('"');
            }
            b.append('>');
            e(b, entry.label()).append("</a>");
        } else {
            b.append("<span class=\"ck-menu__text\">");
            e(b, entry.label()).append("</span>");
        }
    }

    private static void footer(StringBuilder b, FooterWidget.FooterView v, Labels l, String lang) {
        b.append("<footer class=\"ck-footer\" lang=\"");
        e(b, lang).append("\">\n  <div class=\"ck-footer__inner\">\n    <p class=\"ck-footer__name\">");
        e(b, v.name()).append("</p>\n    <dl class=\"ck-footer__facts\">\n      <div><dt>");
        e(b, l.get("footer.owner")).append("</dt><dd>");
        e(b, v.owner()).append("</dd></div>\n      ");
        fact(b, l, "footer.operator", v.operator());
        b.append("\n      <div><dt>");
        e(b, l.get("common.address")).append("</dt><dd>");
        e(b, v.agency().address()).append("</dd></div>\n      <div><dt>");
        e(b, l.get("common.phone")).append("</dt><dd><a href=\"");
        e(b, v.agency().phone().tel()).append("\">");
        e(b, v.agency().phone().value()).append("</a></dd></div>\n      ");
        fact(b, l, "common.fax", v.agency().fax() == null ? null : v.agency().fax().value());
        b.append("\n      <div><dt>");
        e(b, l.get("common.email")).append("</dt><dd><a href=\"");
        e(b, v.agency().email().mailto()).append("\">");
        e(b, v.agency().email().value()).append("</a></dd></div>\n      ");
        if (v.responsible() != null) {
            b.append("<div><dt>");
            e(b, l.get("footer.responsible")).append("</dt><dd>");
            e(b, v.responsible().fullName()).append(", ");
            e(b, v.responsiblePosition()).append("</dd></div>");
        }
        b.append("\n      ");
        fact(b, l, "footer.licence", v.licence());
        b.append("\n    </dl>\n    <p class=\"ck-footer__notice\">");
        e(b, v.notice()).append("</p>\n    <ul class=\"ck-footer__links\">\n      <li><a href=\"");
        e(b, v.sitemapUrl()).append("\">");
        e(b, l.get("footer.sitemap")).append("</a></li>\n      <li><a href=\"");
        e(b, v.contactUrl()).append("\">");
        e(b, l.get("footer.contact")).append("</a></li>\n    </ul>\n  </div>\n</footer>\n");
    }

    private static void fact(StringBuilder b, Labels l, String label, String value) {
        if (value != null) {
            b.append("<div><dt>");
            e(b, l.get(label)).append("</dt><dd>");
            e(b, value).append("</dd></div>");
        }
    }

    private static void sitemap(StringBuilder b, SitemapWidget.View v, String lang) {
        b.append("<nav class=\"ck-sitemap\" aria-label=\"");
        e(b, v.ariaLabel()).append("\" lang=\"");
        e(b, lang).append("\">\n  <ul class=\"ck-sitemap__list\">\n");
        v.nodes().forEach(node -> node(b, node).append('\n'));
        b.append("  </ul>\n</nav>\n");
    }

    /** One node; the caller adds the newline that follows the partial tag in the template. */
    private static StringBuilder node(StringBuilder b, SitemapWidget.Node node) {
        b.append("<li>");
        if (node.link()) {
            b.append("<a href=\"");
            e(b, node.url()).append("\">");
            e(b, node.label()).append("</a>");
        } else {
            b.append("<span>");
            e(b, node.label()).append("</span>");
        }
        if (node.hasChildren()) {
            b.append("<ul>\n"); // Mustache.java drops the newline after a section tag ending a line
            node.children().forEach(child -> node(b, child).append('\n'));
            b.append("</ul>\n");
        }
        return b.append("</li>\n");
    }

    private static void banners(StringBuilder b, BannersWidget.View v, String lang) {
        b.append("<div class=\"ck-banners ck-banners--");
        e(b, v.slot()).append("\" lang=\"");
        e(b, lang).append("\">\n  <ul class=\"ck-banners__list\" aria-label=\"");
        e(b, v.label()).append("\">\n");
        for (BannersWidget.Item item : v.items()) {
            b.append("    <li class=\"ck-banners__item\">");
            if (item.linked()) {
                b.append("<a class=\"ck-banners__link\" href=\"");
                e(b, item.link()).append("\">");
            }
            b.append("<img class=\"ck-banners__image\" src=\"");
            e(b, item.src()).append("\" alt=\"");
            e(b, item.alt()).append('"');
            if (item.sized()) {
                b.append(" width=\"").append(item.width()).append("\" height=\"").append(item.height()).append('"');
            }
            b.append(" loading=\"lazy\">");
            if (item.linked()) {
                b.append("</a>");
            }
            b.append("</li>\n");
        }
        b.append("  </ul>\n</div>\n");
    }

    private static void feedback(StringBuilder b, FeedbackBannerWidget.View v, Labels l, String lang) {
        b.append("<div class=\"ck-feedback\" lang=\"");
        e(b, lang).append("\">\n  <a class=\"ck-feedback__banner\" href=\"");
        e(b, v.link()).append("\"><img class=\"ck-feedback__image\" src=\"");
        e(b, v.src()).append("\" alt=\"");
        e(b, v.alt()).append("\" width=\"800\" height=\"200\"></a>\n  <p class=\"ck-feedback__title\"><a href=\"");
        e(b, v.link()).append("\">");
        e(b, v.title()).append("</a></p>\n  ");
        if (v.hasDescription()) {
            b.append("<p class=\"ck-feedback__description\">");
            e(b, v.description()).append("</p>");
        }
        b.append("\n  ");
        if (v.hasHotline()) {
            b.append("<p class=\"ck-feedback__hotline\">");
            e(b, l.get("banner.hotline")).append(": <a href=\"");
            e(b, v.tel()).append("\">");
            e(b, v.hotline()).append("</a></p>");
        }
        b.append("\n  ");
        if (v.hasApps()) {
            b.append("<ul class=\"ck-feedback__apps\">");
            v.apps().forEach(app -> {
                b.append("<li><a href=\"");
                e(b, app.url().value()).append("\">");
                e(b, app.label()).append("</a></li>");
            });
            b.append("</ul>");
        }
        b.append("\n</div>\n");
    }

    private static void figure(StringBuilder b, FigureWidget.View v, String lang) {
        b.append("<figure class=\"ck-figure\" lang=\"");
        e(b, lang).append("\">\n  <img class=\"ck-figure__image\" src=\"");
        e(b, v.src()).append("\" alt=\"");
        e(b, v.alt()).append('"');
        if (v.hasSrcset()) {
            b.append(" srcset=\"");
            e(b, v.srcset()).append('"');
            if (v.hasSizes()) {
                b.append(" sizes=\"");
                e(b, v.sizes()).append('"');
            }
        }
        if (v.sized()) {
            b.append(" width=\"").append(v.width()).append("\" height=\"").append(v.height()).append('"');
        }
        b.append(" loading=\"lazy\" decoding=\"async\">\n  ");
        if (v.hasCaption()) {
            b.append("<figcaption class=\"ck-figure__caption\">");
            e(b, v.caption()).append("</figcaption>");
        }
        b.append("\n</figure>\n");
    }

    private static void contactCard(StringBuilder b, Object model, Labels l, String lang) {
        if (model instanceof ContactCardWidget.OfficialCard card && card.person() != null) {
            PersonView p = card.person();
            b.append("<article class=\"ck-contact\" lang=\"");
            e(b, lang).append("\">\n  ");
            if (p.official().photo() != null) {
                b.append("<img class=\"ck-contact__photo\" src=\"");
                e(b, p.official().photo().value()).append("\" alt=\"");
                e(b, p.photoAlt()).append("\" width=\"120\" height=\"160\" loading=\"lazy\">");
            }
            b.append("\n  <div class=\"ck-contact__body\">\n    <h2 class=\"ck-contact__name\">");
            e(b, p.official().fullName()).append("</h2>\n    <dl class=\"ck-contact__facts\">\n      <div><dt>");
            e(b, l.get("contact.position")).append("</dt><dd>");
            e(b, p.position()).append("</dd></div>\n      <div><dt>");
            e(b, l.get("contact.unit")).append("</dt><dd>");
            e(b, p.unit()).append("</dd></div>\n      <div><dt>");
            e(b, l.get("common.phone")).append("</dt><dd><a href=\"");
            e(b, p.official().phone().tel()).append("\">");
            e(b, p.official().phone().value()).append("</a></dd></div>\n      ");
            if (p.official().email() != null) {
                b.append("<div><dt>");
                e(b, l.get("common.email")).append("</dt><dd><a href=\"");
                e(b, p.official().email().mailto()).append("\">");
                e(b, p.official().email().value()).append("</a></dd></div>");
            }
            b.append("\n      ");
            if (p.duties() != null) {
                fact(b, l, "contact.duties", p.duties());
            }
            b.append("\n    </dl>\n    ");
            if (p.biography() != null) {
                b.append("<details class=\"ck-contact__biography\"><summary>");
                e(b, l.get("contact.biography")).append("</summary><p>");
                e(b, p.biography()).append("</p></details>");
            }
            b.append("\n    <p class=\"ck-contact__vcard\"><a href=\"");
            e(b, p.vcard()).append("\">");
            e(b, p.vcardLabel()).append("</a></p>\n  </div>\n</article>\n");
            return;
        }
        ContactCardWidget.AgencyView a = (ContactCardWidget.AgencyView) model;
        b.append("<article class=\"ck-contact ck-contact--agency\" lang=\"");
        e(b, lang).append("\">\n  <div class=\"ck-contact__body\">\n    <h2 class=\"ck-contact__name\">");
        e(b, a.name()).append("</h2>\n    <dl class=\"ck-contact__facts\">\n      <div><dt>");
        e(b, l.get("common.address")).append("</dt><dd>");
        e(b, a.agency().address()).append("</dd></div>\n      <div><dt>");
        e(b, l.get("common.phone")).append("</dt><dd><a href=\"");
        e(b, a.agency().phone().tel()).append("\">");
        e(b, a.agency().phone().value()).append("</a></dd></div>\n      ");
        if (a.agency().fax() != null) {
            fact(b, l, "common.fax", a.agency().fax().value());
        }
        b.append("\n      <div><dt>");
        e(b, l.get("common.email")).append("</dt><dd><a href=\"");
        e(b, a.agency().email().mailto()).append("\">");
        e(b, a.agency().email().value()).append("</a></dd></div>\n      ");
        if (a.agency().hours() != null) {
            fact(b, l, "contact.hours", a.agency().hours());
        }
        b.append("\n    </dl>\n    <p class=\"ck-contact__vcard\"><a href=\"");
        e(b, a.vcard()).append("\">");
        e(b, l.get("contact.vcardAll")).append("</a></p>\n  </div>\n</article>\n");
    }

    private static void directory(StringBuilder b, DirectoryWidget.View v, Labels l, String lang) {
        b.append("<section class=\"ck-directory\" lang=\"");
        e(b, lang).append("\">\n  ");
        if (v.hasUpdated()) {
            b.append("<p class=\"ck-directory__updated\">");
            e(b, l.get("contact.updated")).append(" <time datetime=\"");
            e(b, v.updatedIso()).append("\">");
            e(b, v.updatedText()).append("</time></p>");
        }
        b.append("\n  <p class=\"ck-directory__vcard\"><a href=\"");
        e(b, v.vcardAll()).append("\">");
        e(b, l.get("contact.vcardAll")).append("</a></p>\n");
        for (DirectoryWidget.Group g : v.groups()) {
            b.append("  <div class=\"ck-table-scroll\" role=\"region\" aria-labelledby=\"");
            e(b, g.captionId()).append("\" tabindex=\"0\">\n    <table class=\"ck-table ck-directory__table\">\n      <caption id=\"");
            e(b, g.captionId()).append("\">");
            e(b, g.unit()).append("</caption>\n      <thead><tr><th scope=\"col\">");
            e(b, l.get("contact.name")).append("</th><th scope=\"col\">");
            e(b, l.get("contact.position")).append("</th><th scope=\"col\">");
            e(b, l.get("common.phone")).append("</th><th scope=\"col\">");
            e(b, l.get("common.email")).append("</th><th scope=\"col\">");
            e(b, l.get("contact.vcard")).append("</th></tr></thead>\n      <tbody>\n");
            for (PersonView p : g.people()) {
                b.append("        <tr id=\"");
                e(b, p.official().id()).append("\"><th scope=\"row\">");
                e(b, p.official().fullName()).append("</th><td>");
                e(b, p.position()).append("</td><td><a href=\"");
                e(b, p.official().phone().tel()).append("\">");
                e(b, p.official().phone().value()).append("</a></td><td>");
                if (p.official().email() != null) {
                    b.append("<a href=\"");
                    e(b, p.official().email().mailto()).append("\">");
                    e(b, p.official().email().value()).append("</a>");
                }
                b.append("</td><td><a href=\"");
                e(b, p.vcard()).append("\">");
                e(b, p.vcardLabel()).append("</a></td></tr>\n");
            }
            b.append("      </tbody>\n    </table>\n  </div>\n");
        }
        if (!v.hasGroups()) {
            b.append("  <p>");
            e(b, l.get("contact.empty")).append("</p>\n");
        }
        b.append("</section>\n");
    }

    private static void leaderSchedule(StringBuilder b, LeaderScheduleWidget.View v, Labels l, String lang) {
        b.append("<section class=\"ck-schedule\" lang=\"");
        e(b, lang).append("\" aria-labelledby=\"ck-schedule-heading\">\n  <h2 class=\"ck-schedule__heading\" id=\"ck-schedule-heading\">");
        e(b, l.get("schedule.title")).append(": ");
        e(b, l.get("schedule.week")).append(' ').append(v.number()).append(", ");
        e(b, l.get("schedule.from")).append(" <time datetime=\"");
        e(b, v.fromIso()).append("\">");
        e(b, v.fromText()).append("</time> ");
        e(b, l.get("schedule.to")).append(" <time datetime=\"");
        e(b, v.toIso()).append("\">");
        e(b, v.toText()).append("</time></h2>\n  <nav class=\"ck-schedule__weeks\" aria-label=\"");
        e(b, l.get("schedule.weekNav")).append("\">\n    <a class=\"ck-schedule__week-link\" href=\"");
        e(b, v.previousUrl()).append("\" rel=\"prev\">");
        e(b, l.get("schedule.previous")).append("</a>\n    <a class=\"ck-schedule__week-link\" href=\"");
        e(b, v.nextUrl()).append("\" rel=\"next\">");
        e(b, l.get("schedule.next")).append("</a>\n  </nav>\n  ");
        if (v.hasNote()) {
            b.append("<p class=\"ck-schedule__note\">");
            e(b, v.note()).append("</p>");
        }
        // Mustache.java drops the indent before a section that opens a line and spans several
        b.append('\n');
        if (!v.leaders().isEmpty()) {
            b.append("<nav class=\"ck-schedule__filter\" aria-label=\"");
            e(b, l.get("schedule.filterLabel")).append("\">\n    <ul>\n");
            for (LeaderScheduleWidget.FilterLink f : v.leaders()) {
                b.append("      <li><a href=\"");
                e(b, f.url()).append('"');
                if (f.current()) {
                    b.append(" aria-current=\"true\"");
                }
                b.append('>');
                e(b, f.label()).append("</a></li>\n");
            }
            b.append("    </ul>\n  </nav>");
        }
        // ... and the newline after the tag that closes it
        if (!v.days().isEmpty()) {
            b.append("  <div class=\"ck-table-scroll\" role=\"region\" aria-labelledby=\"ck-schedule-heading\" tabindex=\"0\">\n"
                    + "    <table class=\"ck-table ck-schedule__table\">\n      <thead><tr>");
            for (String key : new String[] {"time", "content", "chair", "participants", "location", "preparedBy", "notes"}) {
                b.append("<th scope=\"col\">");
                e(b, l.get("schedule." + key)).append("</th>");
            }
            b.append("</tr></thead>\n");
            for (LeaderScheduleWidget.DayView day : v.days()) {
                b.append("      <tbody class=\"ck-schedule__day");
                if (day.today()) {
                    b.append(" ck-schedule__day--today");
                }
                b.append("\">\n        <tr><th scope=\"rowgroup\" colspan=\"7\" class=\"ck-schedule__date\"><time datetime=\"");
                e(b, day.iso()).append("\">");
                e(b, day.text()).append("</time>");
                if (day.today()) {
                    b.append(" <strong class=\"ck-schedule__today\">(");
                    e(b, l.get("schedule.today")).append(")</strong>");
                }
                b.append("</th></tr>\n");
                for (LeaderScheduleWidget.EntryView x : day.entries()) {
                    b.append("        <tr class=\"ck-schedule__entry");
                    if (x.cancelled()) {
                        b.append(" ck-schedule__entry--cancelled");
                    }
                    b.append("\"><td>");
                    e(b, x.session()).append(" <time datetime=\"");
                    e(b, x.startIso()).append("\">");
                    e(b, x.time()).append("</time></td><td>");
                    if (x.cancelled()) {
                        b.append("<strong class=\"ck-badge\">");
                        e(b, l.get("schedule.cancelled")).append("</strong> <s>");
                        e(b, x.content()).append("</s>");
                    } else {
                        if (x.changed()) {
                            b.append("<strong class=\"ck-badge\">");
                            e(b, l.get("schedule.changed")).append("</strong> ");
                        }
                        e(b, x.content());
                    }
                    b.append("</td><td>");
                    e(b, x.chair()).append("</td><td>");
                    e(b, x.participants()).append("</td><td>");
                    e(b, x.location()).append("</td><td>");
                    e(b, x.preparedBy()).append("</td><td>");
                    e(b, x.notes()).append("</td></tr>\n");
                }
                b.append("      </tbody>\n");
            }
            b.append("    </table>\n  </div>\n");
        } else {
            b.append("  <p class=\"ck-schedule__empty\">");
            e(b, l.get("schedule.empty")).append("</p>\n");
        }
        b.append("  <p class=\"ck-schedule__meta\">");
        if (v.hasApproved()) {
            e(b, l.get("schedule.approvedBy")).append(": ");
            e(b, v.approvedBy()).append(". ");
        }
        if (v.hasUpdated()) {
            e(b, l.get("schedule.updated")).append(" <time datetime=\"");
            e(b, v.updatedIso()).append("\">");
            e(b, v.updatedText()).append("</time>.");
        }
        b.append("</p>\n  <ul class=\"ck-schedule__files\">\n    <li><a href=\"");
        e(b, v.icsWeekUrl()).append("\">");
        e(b, l.get("schedule.ics")).append("</a></li>\n    <li><a href=\"");
        e(b, v.icsFeedUrl()).append("\">");
        e(b, l.get("schedule.subscribe")).append("</a></li>\n  </ul>\n</section>\n");
    }

    private static void reception(StringBuilder b, ReceptionScheduleWidget.View v, Labels l, String lang) {
        b.append("<section class=\"ck-reception\" lang=\"");
        e(b, lang).append("\" aria-labelledby=\"ck-reception-heading\">\n  <h2 class=\"ck-reception__heading\" id=\"ck-reception-heading\">");
        e(b, l.get("reception.title")).append("</h2>\n  <dl class=\"ck-reception__facts\">\n    <div><dt>");
        e(b, l.get("reception.place")).append("</dt><dd>");
        e(b, v.place()).append("</dd></div>\n    <div><dt>");
        e(b, l.get("reception.hours")).append("</dt><dd>");
        e(b, v.hours()).append("</dd></div>\n  </dl>\n  <p class=\"ck-reception__basis\">");
        e(b, l.get("reception.legalBasis")).append("</p>\n");
        if (v.hasRows()) {
            b.append("  <div class=\"ck-table-scroll\" role=\"region\" aria-labelledby=\"ck-reception-heading\" tabindex=\"0\">\n"
                    + "    <table class=\"ck-table ck-reception__table\">\n      <thead><tr><th scope=\"col\">");
            e(b, l.get("reception.month")).append("</th><th scope=\"col\">");
            e(b, l.get("reception.official")).append("</th><th scope=\"col\">");
            e(b, l.get("reception.position")).append("</th><th scope=\"col\">");
            e(b, l.get("reception.day")).append("</th></tr></thead>\n      <tbody>\n");
            for (ReceptionScheduleWidget.Row r : v.rows()) {
                b.append("        <tr><td>");
                e(b, r.month()).append("</td><th scope=\"row\">");
                e(b, r.name()).append("</th><td>");
                e(b, r.position()).append("</td><td><time datetime=\"");
                e(b, r.dateIso()).append("\">");
                e(b, r.dateText()).append("</time>, ");
                e(b, r.time());
                if (r.adHoc()) {
                    b.append(" <strong class=\"ck-badge\">");
                    e(b, l.get("reception.adHoc")).append("</strong>");
                }
                if (r.hasPlace()) {
                    b.append("<br>");
                    e(b, r.place());
                }
                if (r.hasNote()) {
                    b.append("<br>");
                    e(b, r.note());
                }
                b.append("</td></tr>\n");
            }
            b.append("      </tbody>\n    </table>\n  </div>\n");
        } else {
            b.append("  <p>");
            e(b, l.get("reception.empty")).append("</p>\n");
        }
        b.append("  <p class=\"ck-reception__files\"><a href=\"");
        e(b, v.icsUrl()).append("\">");
        e(b, l.get("reception.ics")).append("</a></p>\n</section>\n");
    }

    private static void options(StringBuilder b, String all, List<DocumentListWidget.Option> options) {
        b.append("<option value=\"\">");
        e(b, all).append("</option>");
        for (DocumentListWidget.Option o : options) {
            b.append("<option value=\"");
            e(b, o.value()).append('"');
            if (o.selected()) {
                b.append(" selected");
            }
            b.append('>');
            e(b, o.label()).append("</option>");
        }
        b.append("</select></div>\n");
    }

    private static void documentList(StringBuilder b, DocumentListWidget.View v, Labels l, String lang) {
        b.append("<section class=\"ck-documents\" lang=\"");
        e(b, lang).append("\" aria-labelledby=\"ck-documents-heading\">\n  <h2 class=\"ck-documents__heading\" id=\"ck-documents-heading\">");
        e(b, l.get("documents.title")).append("</h2>\n  <form class=\"ck-documents__filter\" action=\"");
        e(b, v.pagePath()).append("\" method=\"get\" role=\"search\" aria-label=\"");
        e(b, l.get("documents.filter")).append("\">\n");
        if (v.english()) {
            b.append("    <input type=\"hidden\" name=\"lang\" value=\"en\">\n");
        }
        b.append("    <div class=\"ck-field ck-field--wide\"><label for=\"ck-documents-q\">");
        e(b, l.get("documents.search")).append("</label>\n      <input type=\"search\" id=\"ck-documents-q\" name=\"q\" value=\"");
        e(b, v.filter().text()).append("\" maxlength=\"100\"></div>\n    <div class=\"ck-field\"><label for=\"ck-documents-type\">");
        e(b, l.get("documents.type")).append("</label>\n      <select id=\"ck-documents-type\" name=\"loai\">");
        options(b, l.get("documents.all"), v.types());
        b.append("    <div class=\"ck-field\"><label for=\"ck-documents-year\">");
        e(b, l.get("documents.year")).append("</label>\n      <select id=\"ck-documents-year\" name=\"nam\">");
        options(b, l.get("documents.all"), v.years());
        b.append("    <div class=\"ck-field\"><label for=\"ck-documents-issuer\">");
        e(b, l.get("documents.issuer")).append("</label>\n      <select id=\"ck-documents-issuer\" name=\"co-quan\">");
        options(b, l.get("documents.all"), v.issuers());
        if (v.hasFields()) {
            b.append("    <div class=\"ck-field\"><label for=\"ck-documents-field\">");
            e(b, l.get("documents.field")).append("</label>\n      <select id=\"ck-documents-field\" name=\"linh-vuc\">");
            options(b, l.get("documents.all"), v.fields());
        }
        b.append("    <div class=\"ck-field ck-field--actions\"><button type=\"submit\" class=\"ck-button\">");
        e(b, l.get("documents.apply")).append("</button>");
        if (v.filtered()) {
            b.append(" <a href=\"");
            e(b, v.pagePath()).append(v.english() ? "?lang&#61;en" : "").append("\">");
            e(b, l.get("documents.reset")).append("</a>");
        }
        b.append("</div>\n  </form>\n  <p class=\"ck-documents__count\">");
        e(b, v.count()).append("</p>\n");
        if (v.hasRows()) {
            b.append("  <div class=\"ck-table-scroll\" role=\"region\" aria-labelledby=\"ck-documents-heading\" tabindex=\"0\">\n"
                    + "    <table class=\"ck-table ck-documents__table\">\n      <thead><tr><th scope=\"col\">");
            e(b, l.get("documents.number")).append("</th><th scope=\"col\">");
            e(b, l.get("documents.issued")).append("</th><th scope=\"col\">");
            e(b, l.get("documents.summary")).append("</th><th scope=\"col\">");
            e(b, l.get("documents.issuer")).append("</th><th scope=\"col\">");
            e(b, l.get("documents.files")).append("</th></tr></thead>\n      <tbody>\n");
            for (DocumentListWidget.Row row : v.rows()) {
                b.append("        <tr><th scope=\"row\"><a href=\"");
                e(b, row.url()).append("\">");
                e(b, row.document().number()).append("</a><br><span class=\"ck-documents__type\">");
                e(b, row.type()).append("</span></th><td><time datetime=\"");
                e(b, row.document().issued().toString()).append("\">");
                e(b, row.issued()).append("</time></td><td>");
                e(b, row.document().summary()).append("</td><td>");
                e(b, row.document().issuer()).append("</td><td>");
                for (DocumentListWidget.FileLink file : row.files()) {
                    b.append("<span class=\"ck-documents__file\"><a href=\"");
                    e(b, file.attachment().url().value()).append("\">");
                    e(b, file.attachment().title()).append("</a>");
                    if (file.hasDetails()) {
                        b.append(" (");
                        e(b, file.details()).append(')');
                    }
                    b.append("</span>");
                }
                b.append("</td></tr>\n");
            }
            b.append("      </tbody>\n    </table>\n  </div>\n");
        }
        pagination(b, v.pagination(), l);
        b.append("  <ul class=\"ck-documents__links\">\n    <li><a href=\"");
        e(b, v.feedUrl()).append("\" type=\"application/atom+xml\">");
        e(b, l.get("documents.feed")).append("</a></li>\n");
        if (v.hasProvince()) {
            b.append("    <li><a href=\"");
            e(b, v.provinceUrl()).append("\">");
            e(b, l.get("documents.province")).append("</a></li>\n");
        }
        b.append("  </ul>\n</section>\n");
    }

    private static void pagination(StringBuilder b, Pagination p, Labels l) {
        if (!p.needed()) {
            return;
        }
        b.append("<nav class=\"ck-pagination\" aria-label=\"");
        e(b, l.get("pagination.label")).append("\">\n  <ul class=\"ck-pagination__list\">\n");
        if (p.hasPrevious()) {
            b.append("    <li><a href=\"");
            e(b, p.previousUrl()).append("\" rel=\"prev\">");
            e(b, l.get("pagination.previous")).append("</a></li>\n");
        }
        for (Pagination.PageLink link : p.pages()) {
            if (link.gap()) {
                b.append("    <li aria-hidden=\"true\">…</li>\n");
                continue;
            }
            b.append("    <li><a href=\"");
            e(b, link.url()).append('"');
            if (link.current()) {
                b.append(" aria-current=\"page\"");
            }
            b.append("><span class=\"ck-visually-hidden\">");
            e(b, l.get("pagination.page")).append(" </span>").append(link.number()).append("</a></li>\n");
        }
        if (p.hasNext()) {
            b.append("    <li><a href=\"");
            e(b, p.nextUrl()).append("\" rel=\"next\">");
            e(b, l.get("pagination.next")).append("</a></li>\n");
        }
        b.append("  </ul>\n</nav>\n");
    }

    private static void newsList(StringBuilder b, NewsListWidget.View v, Labels l, String lang) {
        b.append("<section class=\"ck-news\" lang=\"");
        e(b, lang).append("\" aria-labelledby=\"ck-news-heading\">\n  <h2 class=\"ck-news__heading\" id=\"ck-news-heading\">");
        e(b, v.heading()).append("</h2>\n");
        if (v.hasCategories()) {
            b.append("  <nav class=\"ck-news__categories\" aria-label=\"");
            e(b, l.get("news.categories")).append("\">\n    <ul>\n");
            for (NewsListWidget.CategoryLink c : v.categories()) {
                b.append("      <li><a href=\"");
                e(b, c.url()).append('"');
                if (c.current()) {
                    b.append(" aria-current=\"page\"");
                }
                b.append('>');
                e(b, c.name()).append("</a></li>\n");
            }
            b.append("    </ul>\n  </nav>\n");
        }
        if (v.hasItems()) {
            b.append("  <ul class=\"ck-news__list\">\n");
            for (NewsListWidget.Item item : v.items()) {
                Article a = item.article();
                b.append("    <li class=\"ck-news__item\">\n      <article aria-labelledby=\"ck-news-");
                e(b, a.slug()).append("\">\n");
                if (item.hasImage()) {
                    b.append("        <img class=\"ck-news__thumb\" src=\"");
                    e(b, a.image().src().value()).append("\" alt=\"\"");
                    if (a.image().width() != null) {
                        b.append(" width=\"").append(a.image().width()).append('"');
                    }
                    if (a.image().height() != null) {
                        b.append(" height=\"").append(a.image().height()).append('"');
                    }
                    b.append(" loading=\"lazy\">\n");
                }
                b.append("        <h3 class=\"ck-news__title\" id=\"ck-news-");
                e(b, a.slug()).append("\"><a href=\"");
                e(b, item.url()).append("\">");
                e(b, a.title()).append("</a></h3>\n        <p class=\"ck-news__meta\"><time datetime=\"");
                e(b, item.publishedIso()).append("\">");
                e(b, item.published()).append("</time> · <a href=\"");
                e(b, item.categoryUrl()).append("\">");
                e(b, item.category()).append("</a></p>\n");
                if (a.summary() != null) {
                    b.append("        <p class=\"ck-news__summary\">");
                    e(b, a.summary()).append("</p>\n");
                }
                b.append("      </article>\n    </li>\n");
            }
            b.append("  </ul>\n");
        } else {
            b.append("  <p>");
            e(b, l.get("news.empty")).append("</p>\n");
        }
        pagination(b, v.pagination(), l);
        b.append("  <p class=\"ck-news__feed\"><a href=\"");
        e(b, v.feedUrl()).append("\" type=\"application/atom+xml\">");
        e(b, l.get("news.feed")).append("</a></p>\n</section>\n");
    }
}
