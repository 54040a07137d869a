package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IMAGE-ALT on the target page: every image has a text equivalent. An image that is the only content
 * of a link is not decorative, so an empty alt there fails; an alt that is a file name or an address
 * is no text equivalent either.
 */
public final class ImageAltJudge implements Judge {

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
                default -> fileNames++;
            }
            if (evidence.size() < 5) {
                evidence.add(site.evidence(site.home(), img, Html.startTag(img)));
            }
        }
        int failing = noAlt + emptyLinks + fileNames;
        site.verdicts().judge("IMAGE-ALT", failing == 0, failing == 0
                ? site.say().t("alt.ok", images)
                : site.say().t("alt.missing", failing, images, noAlt, emptyLinks, fileNames), evidence);
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
            return "area".equals(img.normalName()) ? "noAlt" : null;
        }
        return FILE_OR_URL.matcher(alt).matches() ? "fileName" : null;
    }

    private static boolean isPixel(Element img) {
        return ("1".equals(img.attr("width").strip()) || "0".equals(img.attr("width").strip()))
                && ("1".equals(img.attr("height").strip()) || "0".equals(img.attr("height").strip()));
    }
}
