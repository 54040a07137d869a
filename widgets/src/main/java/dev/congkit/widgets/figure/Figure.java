package dev.congkit.widgets.figure;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.WebLink;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A captioned image in an article (NEWS-CAPTION, IMAGE-ALT): alt text unless decorative, the
 * intrinsic size (no layout shift), optional responsive candidates ({@code srcset}, {@code sizes}).
 *
 * <p>Example:
 * <pre>{@code
 * Figure photo = new Figure(WebLink.of("/uploads/hoi-nghi.jpg"),
 *         "Chủ tịch UBND xã phát biểu tại hội nghị", false,
 *         "Hội nghị chuyển đổi số xã Mẫu Sơn, tháng 11/2026", 1200, 800, null, null);
 * }</pre>
 */
public record Figure(WebLink src, String alt, boolean decorative, String caption, Integer width, Integer height,
                     String srcset, String sizes) {

    private static final Pattern DESCRIPTOR = Pattern.compile("[0-9]{1,5}w|[0-9](\\.[0-9]{1,2})?x");
    private static final Pattern SIZES = Pattern.compile("[0-9A-Za-z (),.:%-]{1,200}");

    public Figure {
        var check = new Check();
        check.required("src", src);
        check.that("src", src, l -> l.isWeb() || l.isSiteRelative(), Bilingual.of("địa chỉ ảnh (https, http hoặc trong trang)", "an https, http or site-relative image URL"));
        alt = check.text("alt", alt);
        if (alt == null && !decorative) {
            check.fail("alt", Bilingual.of("không được để trống, trừ khi là ảnh trang trí", "is required unless the image is decorative"));
        }
        caption = check.text("caption", caption);
        check.that("width", width, n -> n > 0 && n <= 10_000, Bilingual.of("từ 1 đến 10000", "between 1 and 10000"));
        check.that("height", height, n -> n > 0 && n <= 10_000, Bilingual.of("từ 1 đến 10000", "between 1 and 10000"));
        srcset = check.text("srcset", srcset);
        if (srcset != null) {
            validateSrcset(srcset, check);
        }
        sizes = check.matches("sizes", sizes, SIZES, Bilingual.of("một danh sách kích thước (sizes) như (max-width: 600px) 100vw, 600px", "a sizes list such as (max-width: 600px) 100vw, 600px"));
        check.done();
    }

    /** Each candidate of a {@code srcset}: "URL 640w" or "URL 2x", the URL passing the link rules. */
    private static void validateSrcset(String srcset, Check check) {
        List<String> bad = new ArrayList<>();
        for (String candidate : srcset.split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            try {
                WebLink url = WebLink.of(parts[0]);
                if (!(url.isWeb() || url.isSiteRelative()) || parts.length > 2 || parts.length == 2 && !DESCRIPTOR.matcher(parts[1]).matches()) {
                    bad.add(candidate);
                }
            } catch (ValidationException e) {
                bad.add(candidate);
            }
        }
        if (!bad.isEmpty()) {
            check.fail("srcset", Bilingual.of("phải liệt kê địa chỉ ảnh kèm chiều rộng (640w) hoặc mật độ (2x), nhưng có " + Check.quote(String.join(", ", bad)), "must list image URLs with a width (640w) or density (2x), but had " + Check.quote(String.join(", ", bad))));
        }
    }
}
