package dev.congkit.widgets.contact;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Contact rules judged from the configuration: officials are published with a personal line
 * (CONTACT-OFFICIALS), an English form exists (CONTACT-ENGLISH), the political system's
 * organisations are all listed (CONTACT-POLITICAL) and the directory shows when it was updated
 * (CONTACT-DIRECTORY).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension, so CheckRunner.discover() runs it
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * // each finding names its requirement and path, e.g. [CONTACT-GOV-EMAIL] site.json: officials[2].email: ...
 * }</pre>
 */
public final class ContactCheck implements SiteCheck {

    private static final List<String> POLITICAL = List.of("Đảng ủy", "HĐND", "UBND", "Ủy ban MTTQ");

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Official> officials = site.officials();
        if (officials.isEmpty()) {
            findings.add(Finding.warning("CONTACT-OFFICIALS", "officials", Bilingual.of("chưa có ai: hãy công bố họ tên, chức vụ, đơn vị, "
                    + "số điện thoại và thư điện tử công vụ của cán bộ có thẩm quyền", "lists nobody: publish the competent officials' "
                    + "name, position, unit, phone and official e-mail")));
        }
        for (int i = 0; i < officials.size(); i++) {
            PhoneNumber phone = officials.get(i).phone();
            if (phone.kind() == PhoneNumber.Kind.SHORT || phone.kind() == PhoneNumber.Kind.SERVICE) {
                findings.add(Finding.warning("CONTACT-OFFICIALS", "officials[" + i + "].phone", Bilingual.of("'" + phone
                        + "' là đường dây nóng của cơ quan; hãy ghi số di động hoặc số cố định của chính cán bộ", "'" + phone
                        + "' is an organisation's hotline; give the official's own mobile or landline number")));
            }
        }
        english(site, findings);
        political(site, findings);
        Directory directory = site.section(Directory.SECTION).orElse(Directory.defaults());
        if (!officials.isEmpty() && directory.updated() == null && site.updated() == null) {
            findings.add(Finding.warning("CONTACT-DIRECTORY", "directory.updated", Bilingual.of("chưa khai báo, nên danh bạ không ghi "
                    + "\"cập nhật ngày\"; hãy ghi mỗi khi có thay đổi cán bộ", "is not set, so the directory shows no "
                    + "\"cập nhật ngày\" date; set it whenever staff change")));
        }
        return findings;
    }

    private static void english(SiteConfig site, List<Finding> findings) {
        if (site.agency().englishName() == null) {
            findings.add(Finding.warning("CONTACT-ENGLISH", "agency.englishName", Bilingual.of("chưa khai báo: thông tin liên hệ tiếng Anh "
                    + "cần tên tiếng Anh của cơ quan", "is not set: the English version of the "
                    + "contact information needs the agency's English name")));
        }
        List<String> missing = site.officials().stream().filter(o -> o.positionEn() == null).map(Official::id).toList();
        if (!missing.isEmpty()) {
            findings.add(Finding.warning("CONTACT-ENGLISH", "officials", Bilingual.of(missing.size() + " trong " + site.officials().size()
                    + " cán bộ chưa có positionEn (chức vụ tiếng Anh), nên danh bạ tiếng Anh hiện chức vụ tiếng Việt: " + String.join(", ", missing),
                    missing.size() + " of " + site.officials().size()
                    + " officials have no positionEn, so the English directory shows Vietnamese titles: " + String.join(", ", missing))));
        }
    }

    private static void political(SiteConfig site, List<Finding> findings) {
        if (site.officials().isEmpty()) {
            return;
        }
        Set<Integer> present = site.officials().stream().map(o -> DirectoryWidget.rank(o.unit())).collect(Collectors.toSet());
        Set<String> absent = new TreeSet<>();
        for (int rank = 0; rank < POLITICAL.size(); rank++) {
            if (!present.contains(rank)) {
                absent.add(POLITICAL.get(rank));
            }
        }
        if (!absent.isEmpty()) {
            findings.add(Finding.warning("CONTACT-POLITICAL", "officials", Bilingual.of("chưa có ai của " + String.join(", ", absent)
                    + ": mục \"Hệ thống chính trị\" ghi họ tên, chức vụ, số điện thoại của Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các đoàn thể",
                    "lists nobody from " + String.join(", ", absent)
                    + ": \"Hệ thống chính trị\" gives the name, position and phone of Đảng ủy, HĐND, UBND, Ủy ban MTTQ and the mass organisations")));
        }
    }
}
