package dev.congkit.cli;

import dev.congkit.audit.report.ReportForm;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading and signature of a report in the form of Nghị định 30/2020 (Phụ lục I), the same
 * options for {@code congkit audit --format report} and {@code congkit monitor}'s periodic reports.
 * A part not given is printed as dots, to be filled in by hand.
 */
final class FormalReportOptions {

    @Option(names = "--supervisor", paramLabel = "NAME", descriptionKey = "formal.supervisor",
            description = "The formal report: the body above the issuing --unit (e.g. UBND tỉnh …).")
    String supervisor;

    @Option(names = "--symbol", paramLabel = "ABBR", descriptionKey = "formal.symbol",
            description = "The formal report: the issuing unit's abbreviation (Số: …/BC-ABBR).")
    String symbol;

    @Option(names = "--place", paramLabel = "NAME", descriptionKey = "formal.place",
            description = "The formal report: the place before its date (NAME, ngày … tháng … năm …).")
    String place;

    @Option(names = "--recipient", paramLabel = "NAME", descriptionKey = "formal.recipient",
            description = "The formal report: a line of 'Nơi nhận:' (repeatable; 'Lưu: VT, …' is added).")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--drafted-by", paramLabel = "ABBR", descriptionKey = "formal.drafted-by",
            description = "The formal report: the abbreviation of the unit that drafted it, after 'Lưu: VT,' (e.g. VP, CĐS).")
    String draftedBy;

    @Option(names = "--signer-title", paramLabel = "TITLE", descriptionKey = "formal.signer-title",
            description = "The formal report: the signer's title, an authority line first if any (e.g. 'KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC').")
    String signerTitle;

    @Option(names = "--signer", paramLabel = "NAME", descriptionKey = "formal.signer", description = "The formal report: the signer's name.")
    String signer;

    /** The form for a report issued by {@code issuingOffice}, sent to {@code defaultRecipient} when no --recipient is given. */
    ReportForm form(String issuingOffice, String defaultRecipient) {
        List<String> to = new ArrayList<>(recipients);
        if (to.isEmpty() && defaultRecipient != null) {
            to.add(defaultRecipient);
        }
        Title title = Title.of(signerTitle);
        return new ReportForm(supervisor, issuingOffice, symbol, place, to, draftedBy, title.authority(), title.position(), signer);
    }

    /** The signer's title typed as one line, "AUTHORITY/POSITION" or "POSITION", in its two lines; the authority may be empty. */
    record Title(String authority, String position) {

        static Title of(String line) {
            String text = line == null ? "" : line.strip();
            int slash = text.lastIndexOf('/');
            return slash < 0 ? new Title("", text) : new Title(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
        }
    }
}
