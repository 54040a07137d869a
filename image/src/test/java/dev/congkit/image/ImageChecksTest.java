package dev.congkit.image;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.model.ImageUse;
import dev.congkit.core.model.ReferencesImages;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** BANNER-NO-DUP by appearance, IMAGE-BUDGET by pixels and bytes; rule-set budgets equal the built-in defaults. */
class ImageChecksTest {

    record Uses(List<ImageUse> imageUses) implements ReferencesImages {
    }

    private static List<String> check(SiteConfig site, Path dir) {
        var context = new CheckContext(TestSites.MONDAY_23_11_2026, RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 23)), dir);
        return new ImageChecks().check(site, context).stream().map(f -> f.format("site.json")).toList();
    }

    private static ImageUse use(int i, String url, String slot) {
        return new ImageUse("items[" + i + "].image.src", WebLink.of(url), slot);
    }

    @Test
    void theSamePictureResizedAndResavedIsCaughtWhateverItsName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("b/a.jpg"), TestImages.jpeg(TestImages.photo(300, 250, 11), 0.9f));
        Files.write(dir.resolve("b/copy-renamed.jpg"), TestImages.jpeg(TestImages.photo(300, 250, 11).getSubimage(0, 0, 300, 250), 0.6f));
        Files.write(dir.resolve("b/other.jpg"), TestImages.jpeg(TestImages.photo(300, 250, 12), 0.9f));
        ImageResizer.writeAtomically(dir.resolve("b/smaller.jpg"), ImageResizer.create().fit(dir.resolve("b/a.jpg"),
                new Slot("s", 150, 150, 1 << 20, OutputFormat.JPEG)).bytes());
        SiteConfig site = TestSites.minimal().withSection("banners", new Uses(List.of(use(0, "/b/a.jpg", "banner-right"),
                use(1, "/b/other.jpg", "banner-right"), use(2, "/b/copy-renamed.jpg", "banner-left"), use(3, "/b/smaller.jpg", "banner-right"))));
        assertEquals(List.of(
                "warning [BANNER-NO-DUP] site.json: banners.items[2].image.src: /b/copy-renamed.jpg shows the same picture as /b/a.jpg (banners.items[0].image.src)",
                "warning [BANNER-NO-DUP] site.json: banners.items[3].image.src: /b/smaller.jpg shows the same picture as /b/a.jpg (banners.items[0].image.src)",
                "warning [BANNER-NO-DUP] site.json: banners.items[3].image.src: /b/smaller.jpg shows the same picture as /b/copy-renamed.jpg (banners.items[2].image.src)"),
                check(site, dir).stream().filter(f -> f.contains("[BANNER-NO-DUP]")).toList());
    }

    @Test
    void imagesOverTheirSlotBudgetAreNamed(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("big.jpg"), TestImages.jpeg(TestImages.photo(1200, 900, 4), 0.95f));
        SiteConfig site = TestSites.minimal().withSection("banners", new Uses(List.of(use(0, "/big.jpg", "banner-right"), use(1, "/missing.jpg", "news"))));
        List<String> found = check(site, dir);
        assertEquals(3, found.size(), found.toString());
        assertEquals(true, found.get(0).startsWith("info [IMAGE-BUDGET] site.json: agency.logo.src: /congkit/quoc-huy.svg cannot be checked"));
        assertEquals(true, found.get(1).startsWith("warning [IMAGE-BUDGET] site.json: banners.items[0].image.src: /big.jpg is 1200 × 900 pixels and "), found.get(1));
        assertEquals(true, found.get(1).endsWith(", over the 'banner-right' budget of 300 × 600 pixels and 100 KiB; fit it with: congkit resize --slot banner-right"));
        assertEquals(true, found.get(2).startsWith("info [IMAGE-BUDGET] site.json: banners.items[1].image.src: /missing.jpg cannot be checked: no file at "));
    }

    @Test
    void ruleSetBudgetsEqualTheBuiltInDefaults() {
        assertEquals(Slots.defaults(), Slots.forRules(RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 23))));
    }
}
