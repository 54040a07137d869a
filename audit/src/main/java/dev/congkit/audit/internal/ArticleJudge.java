package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NEWS-CAPTION and NEWS-COMPLETE on the article pages read: images in the article body (not logos,
 * banners, icons or listing thumbnails) carry a caption; the article has a title, a date and an
 * author or source.
 */
public final class ArticleJudge implements Judge {

    /** A picture's address, or its markup when it has none. */
    private static String source(Element img) {
        String src = img.absUrl("src");
        return src.isEmpty() ? img.outerHtml() : src;
    }

    private static final Pattern BODY_CLASS = Pattern.compile("(?i)(^|[\\s_-])(content-?detail|news-?detail|detail-?content|article-?(body|content)"
            + "|post-content|entry-content|noi-?dung|noidung|chi-?tiet|chitiet|journal-content-article|asset-content|detail|fck_detail"
            + "|ExternalClass\\w+)($|[\\s_-])");
    private static final Pattern NOT_CONTENT = Pattern.compile("(?i)logo|icon|banner|btn|button|bullet|spacer|arrow|share|facebook|zalo|"
            + "twitter|print|email|rss|avatar");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|chuthich|chu-thich|image-desc|img-desc|photo-?desc|note|desc");
    private static final Pattern SOURCE = Pattern.compile("(?i)(nguồn|tác giả|theo|phóng viên|biên tập|người viết|tin, ảnh|tin và ảnh|bài, ảnh|ảnh|source|author|text and photo|photo|written by)\\s*[:：]"
            + "|\\bnguồn\\s+\\p{Lu}|\\btheo\\s+\\p{Lu}|\\b(pv|ctv|btv)\\b");
    private static final Pattern SHORT_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.]*(\\s+\\p{Lu}[\\p{L}.]*){1,5}(\\s*[-–(].{0,40})?$");

    /** Article bodies are compared by their text up to this length: longer ones are equally long. */
    private static final int LONGEST = 100_000;
    private static final Pattern CARD = Pattern.compile("(?i)contact|card|vcard|person|profile|comment|teaser|summary");

    record Article(Page page, Element body, Element title) {
    }

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks("NEWS-CAPTION") && !site.asks("NEWS-COMPLETE")) {
            return;
        }
        List<Article> articles = new ArrayList<>();
        List<Article> blocks = new ArrayList<>();
        for (Page page : site.pages()) {
            Optional<Article> found = find(page);
            found.ifPresent(articles::add);
            for (Element block : newsBlocks(page)) {
                if (found.isEmpty() || !Html.within(block, found.get().body()) && !Html.within(found.get().body(), block)) {
                    blocks.add(new Article(page, block, block.selectFirst("h1, h2, h3")));
                }
            }
        }
        if (articles.isEmpty() && blocks.isEmpty()) {
            site.verdicts().notApplicable("NEWS-CAPTION", site.say().t("article.none", site.pages().size()));
            site.verdicts().notApplicable("NEWS-COMPLETE", site.say().t("article.none", site.pages().size()));
            return;
        }
        // a picture is counted once, by its address, however many pages show it (an article and its English twin, a news block)
        java.util.Set<String> images = new java.util.HashSet<>();
        java.util.Set<String> bareImages = new java.util.HashSet<>();
        List<Evidence> uncaptioned = new ArrayList<>();
        List<Evidence> incomplete = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Article article : articles) {
            List<Element> pictures = pictures(article.body());
            pictures.forEach(img -> images.add(source(img)));
            List<Element> bare = pictures.stream().filter(img -> !captioned(img)).toList();
            bare.forEach(img -> bareImages.add(source(img)));
            bare.stream().limit(3).forEach(img -> uncaptioned.add(site.evidence(article.page(), img, Html.startTag(img))));
            List<String> missing = new ArrayList<>();
            if (!dated(article)) {
                missing.add(site.say().t("article.date"));
            }
            if (!sourced(article)) {
                missing.add(site.say().t("article.source"));
            }
            if (!bare.isEmpty()) {
                missing.add(site.say().t("article.captions"));
            }
            if (!missing.isEmpty()) {
                gaps.addAll(missing.stream().filter(m -> !gaps.contains(m)).toList());
                incomplete.add(site.evidence(article.page(), article.title(),
                        site.say().list(missing) + " — " + Html.text(article.title())));
            }
        }
        // news blocks (a home page's articles with a heading and a picture) are article content for captions
        for (Article block : blocks) {
            List<Element> pictures = pictures(block.body());
            pictures.forEach(img -> images.add(source(img)));
            List<Element> bare = pictures.stream().filter(img -> !captioned(img)).toList();
            bare.forEach(img -> bareImages.add(source(img)));
            bare.stream().limit(3).forEach(img -> uncaptioned.add(site.evidence(block.page(), img, Html.startTag(img))));
        }
        int read = articles.size() + blocks.size();
        if (site.asks("NEWS-CAPTION")) {
            if (images.isEmpty()) {
                site.verdicts().notApplicable("NEWS-CAPTION", site.say().t("caption.noImages", read));
            } else {
                site.verdicts().judge("NEWS-CAPTION", bareImages.isEmpty(), bareImages.isEmpty()
                        ? site.say().t("caption.ok", images.size(), read)
                        : site.say().t("caption.missing", bareImages.size(), images.size()), uncaptioned.stream().limit(5).toList());
            }
        }
        if (articles.isEmpty()) {
            site.verdicts().notApplicable("NEWS-COMPLETE", site.say().t("article.none", site.pages().size()));
            return;
        }
        site.verdicts().judge("NEWS-COMPLETE", incomplete.isEmpty(), incomplete.isEmpty()
                ? site.say().t("complete.ok", articles.size())
                : site.say().t("complete.missing", incomplete.size(), articles.size(), site.say().list(gaps)),
                incomplete.stream().limit(5).toList());
    }

    /** The article of a page: an {@code article} element with a heading, or a news-detail block of a CMS. */
    static Optional<Article> find(Page page) {
        Element body = null;
        for (Element article : page.body().select("article")) {
            if (!Html.hidden(article) && article.closest("nav, aside, footer") == null && !article.select("h1, h2").isEmpty()
                    && !CARD.matcher(article.className()).find() && prose(article) >= 2
                    && (body == null || Html.text(article, LONGEST).length() > Html.text(body, LONGEST).length())) {
                body = article;
            }
        }
        if (body == null) {
            for (Element candidate : page.body().select("div[class], td[class], section[class], table[class], [id=tableforprint]")) {
                if ((BODY_CLASS.matcher(candidate.className()).find() || "tableforprint".equals(candidate.id()))
                        && !Html.hidden(candidate) && candidate.closest("nav, aside, footer, header") == null
                        && candidate.select("a[href]").size() <= 15
                        && (body == null || !Html.within(candidate, body))) {
                    body = body == null || Html.text(candidate, LONGEST).length() > Html.text(body, LONGEST).length() ? candidate : body;
                }
            }
        }
        if (body == null) {
            return Optional.empty();
        }
        Element title = title(page, body);
        // a block without a real headline (a home page's "detail" box) is not an article
        if (title == null || Html.text(title).length() < 15 || Html.text(title).length() > 300) {
            return Optional.empty();
        }
        return Optional.of(new Article(page, body, title));
    }

    /** A page's news blocks: {@code article} elements with a heading and a picture of their own (a home page's news). */
    private static List<Element> newsBlocks(Page page) {
        List<Element> blocks = new ArrayList<>();
        for (Element article : page.body().select("article")) {
            if (!Html.hidden(article) && article.closest("nav, aside, footer") == null && article.selectFirst("h1, h2, h3") != null
                    && !CARD.matcher(article.className()).find() && !pictures(article).isEmpty()
                    && blocks.stream().noneMatch(outer -> Html.within(article, outer))) {
                blocks.add(article);
            }
        }
        return blocks;
    }

    /** Paragraphs of running text (40 characters or more) in an element. */
    private static long prose(Element element) {
        return element.select("p").stream().filter(p -> Html.text(p).length() >= 40).count();
    }

    private static Element title(Page page, Element body) {
        Element inside = body.selectFirst("h1, h2, .title, .Title, [class*=title], [class*=Title]");
        if (inside != null && !Html.text(inside).isEmpty()) {
            return inside;
        }
        Element around = body.parent();
        for (int level = 0; level < 3 && around != null && around != page.body(); level++, around = around.parent()) {
            Element heading = around.selectFirst("h1, .Title, .title, [class*=article-title], [class*=news-title]");
            if (heading != null && !Html.text(heading).isEmpty() && heading.closest("nav, header, footer") == null) {
                return heading;
            }
        }
        return null;
    }

    private static boolean dated(Article article) {
        if (!article.body().select("time[datetime]").isEmpty() || !Dates.in(Html.text(article.body())).isEmpty()) {
            return true;
        }
        // CMSs print the date beside the article (a "Time" cell above it), so look in the nearest enclosing blocks
        Element around = article.body();
        for (int i = 0; i < 8 && around.parent() != null && around.parent() != article.page().body(); i++) {
            around = around.parent();
            String text = Html.text(around);
            if (text.length() > 8000) {
                return false;
            }
            if (!Dates.in(text).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sourced(Article article) {
        Element body = article.body();
        if (article.page().document().selectFirst("meta[name=author][content~=\\S]") != null
                || !body.select("[rel=author], .author, .tacgia, .tac-gia, .source, .nguon, .news-source, [class*=author]").isEmpty()) {
            return true;
        }
        String text = Html.text(body);
        if (SOURCE.matcher(text).find()) {
            return true;
        }
        List<Element> paragraphs = body.select("p, div").stream().filter(p -> !Html.text(p, 1).isEmpty() && p.children().stream()
                .noneMatch(c -> "p".equals(c.normalName()) || "div".equals(c.normalName()))).toList();
        if (paragraphs.isEmpty()) {
            return false;
        }
        Element last = paragraphs.get(paragraphs.size() - 1);
        String signature = Html.text(last);
        return signature.length() <= 60 && SHORT_NAME.matcher(signature).matches()
                && (!last.select("strong, b, em, i").isEmpty() || last.attr("style").contains("right") || "right".equals(last.attr("align")));
    }

    /** Images in the article body that are content: not logos, icons, banners or thumbnails linking to other pages. */
    static List<Element> pictures(Element body) {
        List<Element> pictures = new ArrayList<>();
        for (Element img : body.select("img")) {
            String file = img.attr("src").replaceFirst("[?#].*", "").replaceFirst(".*/", "");
            if (Html.hidden(img) || NOT_CONTENT.matcher(file + " " + img.className() + " " + img.id()).find()) {
                continue;
            }
            Element link = img.closest("a[href]");
            if (link != null && !link.attr("href").matches("(?i).*\\.(jpe?g|png|gif|webp)([?#].*)?$")) {
                continue;
            }
            if (small(img.attr("width")) || small(img.attr("height"))) {
                continue;
            }
            pictures.add(img);
        }
        return pictures;
    }

    static boolean captioned(Element img) {
        Element figure = img.closest("figure");
        if (figure != null) {
            Element caption = figure.selectFirst("figcaption");
            return caption != null && !Html.text(caption).isEmpty();
        }
        Element block = img.parent();
        while (block != null && !block.isBlock() && !"td".equals(block.normalName())) {
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        String own = Html.text(block);
        if (!own.isEmpty() && own.length() <= 300 && block.select("img").size() == 1) {
            return true;
        }
        Element next = block.nextElementSibling();
        if (next != null && captionLike(next)) {
            return true;
        }
        if ("td".equals(block.normalName())) {
            Element row = block.parent() == null ? null : block.parent().nextElementSibling();
            return row != null && !Html.text(row).isEmpty() && Html.text(row).length() <= 300;
        }
        return false;
    }

    private static boolean captionLike(Element next) {
        String text = Html.text(next);
        if (text.isEmpty() || text.length() > 300) {
            return false;
        }
        return CAPTION_CLASS.matcher(next.className()).find() || next.is("em, i, figcaption, small")
                || next.children().size() == 1 && next.child(0).is("em, i") && Html.text(next.child(0)).length() >= text.length() - 2
                || next.attr("style").replace(" ", "").contains("text-align:center") || "center".equals(next.attr("align"))
                || Html.lower(text).startsWith("ảnh");
    }

    private static boolean small(String size) {
        try {
            return !size.isBlank() && Integer.parseInt(size.strip().replace("px", "")) < 120;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
