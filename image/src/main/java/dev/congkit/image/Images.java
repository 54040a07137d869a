package dev.congkit.image;

import dev.congkit.core.internal.Check;
import dev.congkit.core.model.Doc;

import java.util.Map;

/**
 * The optional {@code images} section: the site's own slot budgets and where its image files are.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "images": { "folder": "public",
 * //     "slots": { "news": { "maxWidth": 1000, "maxHeight": 1000, "maxBytes": 250000, "format": "JPEG" } } }
 * Optional<Images> images = site.section(ImagesSection.NAME, Images.class);
 * }</pre>
 */
@Doc("Image budgets and the folder that holds the site's images.")
public record Images(
        @Doc("Budgets by slot name, replacing the rule set's (banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, ...).") Map<String, SlotBudget> slots,
        @Doc("Folder, relative to site.json, where site-relative image URLs are found (/banners/a.jpg is FOLDER/banners/a.jpg); default: the folder of site.json.") String folder) {

    public Images {
        var check = new Check();
        slots = check.map("slots", slots);
        folder = check.text("folder", folder);
        check.done();
    }
}
