package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IMAGE-ALT on the target page: every image has a text equivalent. An image that is the only content
 * of a link is not decorative, so an empty alt there fails; nor is a picture of a document (a week's
 * schedule, a notice, a decision posted as an image, known by its file name or the heading it stands
 * under); an alt that is a file name or an address is no text equivalent either.
 */
public final class ImageAltJudge implements Judge {

    private static final Pattern DOCUMENT_FILE = Pattern.compile(
            "(^|[-_.])(lich|lich-?cong-?tac|lich-?tiep|thong-?bao|van-?ban|quyet-?dinh|ke-?hoach|cong-?van|to-?trinh|so-?do|bieu-?mau|danh-?sach)([-_.\\d]|$)");
    private static final Pattern DOCUMENT_HEADING = Pattern.compile("lịch (công tác|làm việc|tiếp)|thông báo|quyết định|kế hoạch|công văn|văn bản|sơ đồ|biểu mẫu|danh sách");
    private static final Pattern FILE_OR_URL = Pattern.compile("(?i)^(\\S+\\.(jpe?g|png|gif|webp|svg|bmp|tiff?)|(https?://|www\\.)\\S*)$");

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks("IMAGE-ALT")) {
            return;
        }
        int images = 0;
        int noAlt = 0;
        int emptyLinks = 0;
        int fileNames = 0;
        int documents = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (Element img : site.home().body().select("img, input[type=image], area[href]")) {
            if (Html.hidden(img) || isPixel(img)) {
                continue;
            }
            images++;
            String problem = problem(img);
            if (problem == null) {
                continue;
            }
            switch (problem) {
                case "noAlt" -> noAlt++;
                case "emptyLink" -> emptyLinks++;
                case "document" -> documents++;
                default -> fileNames++;
            }
            if (evidence.size() < 5) {
                evidence.add(site.evidence(site.home(), img, Html.startTag(img)));
            }
        }
        int failing = noAlt + emptyLinks + fileNames + documents;
        site.verdicts().judge("IMAGE-ALT", failing == 0, failing == 0
                ? site.say().t("alt.ok", images)
                : site.say().t("alt.missing", failing, images, noAlt, emptyLinks, fileNames, documents), evidence);
    }

    static String problem(Element img) {
        if (!img.hasAttr("alt")) {
            return "noAlt";
        }
        String alt = img.attr("alt").strip();
        if (alt.isEmpty()) {
            Element link = img.closest("a[href]");
            if (link != null && Html.name(link).isEmpty()) {
                return "emptyLink";
            }
            if (link == null && pictureOfADocument(img)) {
                return "document";
            }
            return "area".equals(img.normalName()) ? "noAlt" : null;
        }
        return FILE_OR_URL.matcher(alt).matches() ? "fileName" : null;
    }

    /** A document posted as a picture: its file name says so, or it stands alone under a heading that names one. */
    static boolean pictureOfADocument(Element img) {
        String src = img.attr("src");
        String file = src.substring(src.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (DOCUMENT_FILE.matcher(file).find()) {
            return true;
        }
        Element block = img.parent();
        if (block == null || !Html.text(block).isBlank()) {
            return false;   // text beside it carries the content: the picture may well be decoration
        }
        Element heading = precedingHeading(img);
        return heading != null && DOCUMENT_HEADING.matcher(Html.lower(Html.text(heading))).find();
    }

    private static Element precedingHeading(Element img) {
        for (Element e = img; e != null && !"body".equals(e.normalName()); e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (sibling.normalName().matches("h[1-4]")) {
                    return sibling;
                }
                Element inner = sibling.selectFirst("h1, h2, h3, h4");
                if (inner != null) {
                    return sibling.select("h1, h2, h3, h4").last();
                }
            }
        }
        return null;
    }

    private static boolean isPixel(Element img) {
        return ("1".equals(img.attr("width").strip()) || "0".equals(img.attr("width").strip()))
                && ("1".equals(img.attr("height").strip()) || "0".equals(img.attr("height").strip()));
    }
}
