package dev.congkit.image;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

import java.util.regex.Pattern;

/**
 * A size budget for one place on the page (IMAGE-BUDGET): the largest width and height in pixels,
 * the largest file in bytes, and the format written.
 *
 * <p>Example:
 * <pre>{@code
 * Slot banner = new Slot("banner-right", 300, 600, 100 * 1024, OutputFormat.JPEG);
 * ResizedImage fitted = ImageResizer.create().fit(Path.of("bau-cu.png"), banner);
 * }</pre>
 */
@Doc(value = "An image budget: largest width and height in pixels, largest file in bytes, output format.", vi = "Một mức giới hạn ảnh: chiều rộng, chiều cao tối đa (điểm ảnh), dung lượng tối đa (byte), định dạng.")
public record Slot(
        @Required @Doc(value = "Slot name, e.g. news or banner-right.", vi = "Tên vị trí, ví dụ news hoặc banner-right.") String name,
        @Required @Doc(value = "Largest width in pixels.", vi = "Chiều rộng tối đa, tính bằng điểm ảnh.") Integer maxWidth,
        @Required @Doc(value = "Largest height in pixels.", vi = "Chiều cao tối đa, tính bằng điểm ảnh.") Integer maxHeight,
        @Required @Doc(value = "Largest file size in bytes.", vi = "Dung lượng tệp tối đa, tính bằng byte.") Integer maxBytes,
        @Required @Doc(value = "JPEG or PNG.", vi = "JPEG hoặc PNG.") OutputFormat format) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slot {
        var check = new Check();
        name = check.required("name", check.matches("name", name, NAME, Bilingual.of("tên một vị trí như banner-right", "a slot name such as banner-right")));
        check.required("maxWidth", maxWidth);
        check.required("maxHeight", maxHeight);
        check.required("maxBytes", maxBytes);
        check.required("format", format);
        check.that("maxWidth", maxWidth, n -> n >= 16 && n <= 10_000, Bilingual.of("từ 16 đến 10000", "between 16 and 10000"));
        check.that("maxHeight", maxHeight, n -> n >= 16 && n <= 10_000, Bilingual.of("từ 16 đến 10000", "between 16 and 10000"));
        check.that("maxBytes", maxBytes, n -> n >= 1024, Bilingual.of("từ 1024 trở lên", "at least 1024"));
        check.done();
    }
}
