package dev.congkit.image;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.ImageUse;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.image.internal.PerceptualHash;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pixel-based checks of the images a configuration uses, found on disk under {@code images.folder}:
 * each within its slot's budget (IMAGE-BUDGET), and no banner showing the same picture as another,
 * compared by appearance rather than file name (BANNER-NO-DUP).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by ImagesExtension: `congkit check` reads every image site.json names and reports
 * // one over its slot's budget (IMAGE-BUDGET) or two banners with the same picture (BANNER-NO-DUP)
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class ImageChecks implements SiteCheck {

    private static final ImageResizer HASHING = ImageResizer.withLimits(ImageLimits.forConcurrency(1));

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Path base = context.baseDirectoryIfKnown().orElse(null);
        if (base == null) {
            return findings;
        }
        Path folder = base.resolve(site.section(Images.SECTION).map(Images::folder).orElse(".")).normalize();
        Map<String, Slot> slots = Slots.forSite(site, context.rules());
        List<Located> banners = new ArrayList<>();
        for (ImageUse use : site.imageUses()) {
            if (!use.url().isSiteRelative() || !use.url().value().startsWith("/")) {
                continue; // images on other hosts are the auditor's business
            }
            Path file = folder.resolve(use.url().value().substring(1).replaceAll("[?#].*", "")).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                findings.add(Finding.info("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " không kiểm tra được: không có tệp " + file, use.url() + " cannot be checked: no file at " + file)));
                continue;
            }
            Slot slot = slots.get(use.slot());
            if (slot != null) {
                budget(use, file, slot, findings);
            }
            if (use.slot().startsWith("banner")) {
                banners.add(new Located(use, file));
            }
        }
        duplicates(banners, findings);
        return findings;
    }

    private static void budget(ImageUse use, Path file, Slot slot, List<Finding> findings) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            svgBudget(use, file, slot, findings); // vector: only its size in bytes can be over budget
            return;
        }
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = stream == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                findings.add(Finding.warning("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " không phải tệp ảnh", use.url() + " is not an image file")));
                return;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long bytes = Files.size(file);
                if (width > slot.maxWidth() || height > slot.maxHeight() || bytes > slot.maxBytes()) {
                    findings.add(Finding.warning("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " cỡ " + width + " × " + height + " điểm ảnh, "
                            + kib(bytes) + ", vượt mức của vị trí '" + slot.name() + "' là " + slot.maxWidth() + " × " + slot.maxHeight()
                            + " điểm ảnh, " + kib(slot.maxBytes()) + "; thu nhỏ bằng lệnh: congkit resize --slot " + slot.name(),
                            use.url() + " is " + width + " × " + height + " pixels and "
                            + kib(bytes) + ", over the '" + slot.name() + "' budget of " + slot.maxWidth() + " × " + slot.maxHeight()
                            + " pixels and " + kib(slot.maxBytes()) + "; fit it with: congkit resize --slot " + slot.name())));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            findings.add(Finding.warning("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " không đọc được: " + e.getMessage(), use.url() + " cannot be read: " + e.getMessage())));
        }
    }

    private static void svgBudget(ImageUse use, Path file, Slot slot, List<Finding> findings) {
        try {
            long bytes = Files.size(file);
            if (bytes > slot.maxBytes()) {
                findings.add(Finding.warning("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " nặng " + kib(bytes) + ", vượt mức của vị trí '"
                        + slot.name() + "' là " + kib(slot.maxBytes()), use.url() + " is " + kib(bytes) + ", over the '" + slot.name()
                        + "' budget of " + kib(slot.maxBytes()))));
            }
        } catch (IOException e) {
            findings.add(Finding.warning("IMAGE-BUDGET", use.path(), Bilingual.of(use.url() + " không đọc được: " + e.getMessage(), use.url() + " cannot be read: " + e.getMessage())));
        }
    }

    private static void duplicates(List<Located> banners, List<Finding> findings) {
        List<Long> hashes = new ArrayList<>();
        for (Located banner : banners) {
            if (banner.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                hashes.add(null);
                continue;
            }
            try {
                ResizedImage small = HASHING.fit(banner.file(), new Slot("hash", 64, 64, 1 << 20, OutputFormat.PNG));
                hashes.add(PerceptualHash.of(ImageIO.read(new java.io.ByteArrayInputStream(small.bytes()))));
            } catch (ImageException | IOException e) {
                hashes.add(null);
                findings.add(Finding.warning("BANNER-NO-DUP", banner.use().path(), e.getMessage()));
            }
        }
        for (int i = 0; i < banners.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (hashes.get(i) != null && hashes.get(j) != null
                        && PerceptualHash.distance(hashes.get(i), hashes.get(j)) <= PerceptualHash.SAME_PICTURE) {
                    findings.add(Finding.warning("BANNER-NO-DUP", banners.get(i).use().path(), Bilingual.of(banners.get(i).use().url()
                            + " là cùng một hình với " + banners.get(j).use().url() + " (" + banners.get(j).use().path() + ")", banners.get(i).use().url()
                            + " shows the same picture as " + banners.get(j).use().url() + " (" + banners.get(j).use().path() + ")")));
                }
            }
        }
    }

    private static String kib(long bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }

    private record Located(ImageUse use, Path file) {
    }
}
