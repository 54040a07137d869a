package dev.congkit.widgets.document;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.internal.Dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Document rules (DOCS-LIST, FRESHNESS): the commune publishes its documents; each has a number and
 * symbol in the standard form (Đ, not Ð), a type that agrees with its symbol, a summary and a file;
 * and none of the types the directive names ({@link #KEPT_CURRENT}) goes longer than
 * {@code staleAfterDays} without a new one.
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: "05/QÐ-UBND" (with an eth) or a document without a file becomes a finding
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * // error [DOCS-LIST] site.json: documents.items[3].files: is empty: attach the signed file (PDF) ...
 * }</pre>
 */
public final class DocumentCheck implements SiteCheck {

    /**
     * The types the directive names (plans, decisions, official letters, reports, notices), which a
     * working commune issues all year; a directive or a set of minutes may rightly wait longer.
     */
    public static final List<DocumentType> KEPT_CURRENT = List.of(DocumentType.KE_HOACH, DocumentType.QUYET_DINH,
            DocumentType.CONG_VAN, DocumentType.BAO_CAO, DocumentType.THONG_BAO);

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        Optional<Documents> found = site.section(Documents.SECTION);
        if (found.isEmpty()) {
            return List.of(Finding.warning("DOCS-LIST", Documents.SECTION.name(), Bilingual.of("chưa có: hãy đăng kế hoạch, quyết định, "
                    + "công văn, báo cáo, thông báo của xã thành danh mục văn bản (không đăng như tin tức)", "is missing: publish the commune's plans, decisions, "
                    + "official letters, reports and notices as a document list (not as news)")));
        }
        Documents documents = found.get();
        List<Finding> findings = new ArrayList<>();
        List<OfficialDocument> items = documents.items();
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), Documents.SECTION.name() + ".items[" + i + "]", findings);
        }
        stale(documents, context.today(), findings);
        return findings;
    }

    private static void item(OfficialDocument document, String path, List<Finding> findings) {
        DocumentNumber.problem(document.number())
                .ifPresent(problem -> findings.add(Finding.error("DOCS-LIST", path + ".number", problem)));
        DocumentNumber.typeAbbreviation(document.number()).flatMap(DocumentType::fromAbbreviation)
                .filter(named -> named != document.type())
                .ifPresent(named -> findings.add(Finding.warning("DOCS-LIST", path + ".type", Bilingual.of("là " + document.type() + " nhưng ký hiệu '"
                        + document.number() + "' là của " + named + " (" + named.abbreviation() + "); hãy sửa một trong hai", "is " + document.type() + " but the symbol of '"
                        + document.number() + "' names " + named + " (" + named.abbreviation() + "); correct one of them"))));
        if (document.summary() == null) {
            findings.add(Finding.error("DOCS-LIST", path + ".summary", Bilingual.of("chưa có: ghi trích yếu của "
                    + document.number() + " đúng như trên văn bản", "is missing: give the summary (trích yếu) of "
                    + document.number() + " as it stands on the document")));
        }
        if (document.files().isEmpty()) {
            findings.add(Finding.error("DOCS-LIST", path + ".files", Bilingual.of("trống: hãy đính kèm tệp của " + document.number()
                    + " (bản PDF đã ký) để người dân đọc được chính văn bản", "is empty: attach the file of " + document.number()
                    + " (the signed PDF) so that citizens can read the document itself")));
        }
    }

    private static void stale(Documents documents, LocalDate today, List<Finding> findings) {
        for (DocumentType type : KEPT_CURRENT) {
            Optional<OfficialDocument> newest = documents.items().stream().filter(d -> d.type() == type)
                    .max(java.util.Comparator.comparing(OfficialDocument::published));
            if (newest.isEmpty()) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(newest.get().published(), today);
            if (age > documents.staleAfterDays()) {
                findings.add(Finding.warning("FRESHNESS", Documents.SECTION.name() + ".items[" + documents.items().indexOf(newest.get())
                        + "].published", Bilingual.of("văn bản " + type + " mới nhất (" + newest.get().number() + ") đăng ngày "
                        + Dates.day(newest.get().published()) + ", cách đây " + age + " ngày; hãy đăng văn bản mới ngay khi ban hành (staleAfterDays: "
                        + documents.staleAfterDays() + ")", "the newest " + type + " (" + newest.get().number() + ") was posted on "
                        + Dates.day(newest.get().published()) + ", " + age + " days ago; post new documents as they are issued (staleAfterDays: "
                        + documents.staleAfterDays() + ")")));
            }
        }
    }
}
