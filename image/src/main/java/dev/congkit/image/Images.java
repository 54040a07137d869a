package dev.congkit.image;

import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;

import java.util.Map;

/**
 * The optional {@code images} section: the site's own slot budgets and where its image files are.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "images": { "folder": "public",
 * //     "slots": { "news": { "maxWidth": 1000, "maxHeight": 1000, "maxBytes": 250000, "format": "JPEG" } } }
 * Optional<Images> images = site.section(Images.SECTION);
 * }</pre>
 */
@Doc("Image budgets and the folder that holds the site's images.")
public record Images(
        @Doc("Budgets by slot name, replacing the rule set's (banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, ...).") Map<String, SlotBudget> slots,
        @Doc("Folder, relative to site.json, where site-relative image URLs are found (/banners/a.jpg is FOLDER/banners/a.jpg); default: the folder of site.json.") String folder) {

    /** The key of this section in {@code site.json}: {@code site.section(Images.SECTION)}. */
    public static final SectionKey<Images> SECTION = SectionKey.of("images", Images.class);

    public Images {
        var check = new Check();
        slots = check.map("slots", slots);
        folder = check.text("folder", folder);
        check.done();
    }
}
