package dev.congkit.widgets.banner;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.ImageUse;
import dev.congkit.core.model.ReferencesImages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code banners} section: the site's banners in every slot.
 *
 * <p>Example:
 * <pre>{@code
 * Banners banners = site.section(Banners.SECTION).orElseThrow();
 * banners.imageUses();   // every banner image with its budget slot, for `congkit check` and the resizer
 * }</pre>
 */
@Doc(value = "The site's banners (campaign banners carry an end date).", vi = "Các băng-rôn của trang (băng-rôn tuyên truyền có ngày kết thúc).")
public record Banners(@Doc(value = "The banners.", vi = "Các băng-rôn.") List<Banner> items) implements ReferencesImages {

    /** The key of this section in {@code site.json}: {@code site.section(Banners.SECTION)}. */
    public static final SectionKey<Banners> SECTION = SectionKey.of("banners", Banners.class);

    public Banners {
        var check = new Check();
        items = check.list("items", items);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!keys.add(items.get(i).key())) {
                check.fail("items[" + i + "].key", Check.notUnique(items.get(i).key(), Bilingual.of("đã dùng cho một băng-rôn trước đó", "is used by an earlier banner")));
            }
        }
        check.done();
    }

    @Override
    public List<ImageUse> imageUses() {
        List<ImageUse> uses = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            uses.add(new ImageUse("items[" + i + "].image.src", items.get(i).image().src(), items.get(i).slot().imageSlot()));
        }
        return uses;
    }
}
