package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import dev.congkit.audit.internal.FooterFacts.Kind;
import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FOOTER-RESPONSIBLE (address, person responsible, phone and e-mail in the footer region),
 * CONTACT-AGENCY (the agency's contacts plus its functions and organisation) and CONTACT-GOV-EMAIL.
 */
public final class FooterJudge implements Judge {

    private static final Pattern FUNCTIONS = Pattern.compile("chức năng|nhiệm vụ|cơ cấu tổ chức|tổ chức bộ máy|bộ máy tổ chức|giới thiệu|sơ đồ tổ chức");
    private static final Map<Kind, String> REQUIRED = Map.of(Kind.ADDRESS, "footer.address", Kind.RESPONSIBLE, "footer.responsible",
            Kind.PHONE, "footer.phone", Kind.EMAIL, "footer.email");

    @Override
    public void judge(SiteAudit site) {
        Optional<Element> footer = site.regions().footer();
        if (footer.isEmpty()) {
            site.verdicts().notMet("FOOTER-RESPONSIBLE", site.say().t("footer.none"), List.of());
            site.verdicts().notMet("CONTACT-AGENCY", site.say().t("footer.none"), List.of());
            govEmail(site, null);
            return;
        }
        FooterFacts facts = facts(footer.get());
        Evidence where = site.evidence(site.home(), footer.get());
        List<String> missing = new ArrayList<>();
        for (Kind kind : List.of(Kind.ADDRESS, Kind.RESPONSIBLE, Kind.PHONE, Kind.EMAIL)) {
            if (!facts.has(kind)) {
                missing.add(site.say().t(REQUIRED.get(kind)));
            }
        }
        String empty = facts.emptyLabels().isEmpty() ? ""
                : " " + site.say().t("footer.emptyLabels", site.say().list(facts.emptyLabels().stream().map(l -> "“" + l + "”").toList()));
        if (missing.isEmpty()) {
            site.verdicts().met("FOOTER-RESPONSIBLE", site.say().t("footer.complete", facts.value(Kind.RESPONSIBLE).orElse("")), List.of(where));
        } else {
            site.verdicts().notMet("FOOTER-RESPONSIBLE", site.say().t("footer.missing", site.say().list(missing)) + empty, List.of(where));
        }
        agency(site, facts, where);
        govEmail(site, facts);
    }

    static FooterFacts facts(Element footer) {
        List<String> mailtos = new ArrayList<>();
        List<String> tels = new ArrayList<>();
        for (Element a : footer.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
                mailtos.add(href.substring(7));
            } else if (href.regionMatches(true, 0, "tel:", 0, 4)) {
                tels.add(href.substring(4));
            }
        }
        Element copy = footer.clone();
        for (Element a : copy.select("a")) {
            String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
            if (!href.startsWith("mailto:") && !href.startsWith("tel:") && FooterFacts.labelOnly(Html.text(a))) {
                a.remove();
            }
        }
        labelIcons(copy);
        return FooterFacts.read(Html.text(copy), mailtos, tels);
    }

    /** Icons a footer uses instead of words (an icon font's class, a small picture's name), and the word each stands for. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> ICONS = List.of(
            Map.entry(java.util.regex.Pattern.compile("(?i)phone|mobile|call|dien-?thoai|hotline"), "Điện thoại: "),
            Map.entry(java.util.regex.Pattern.compile("(?i)map-?marker|location|address|dia-?chi|place|pin\\b|fa-home"), "Địa chỉ: "),
            Map.entry(java.util.regex.Pattern.compile("(?i)envelope|e-?mail|mail\\b|thu-?dien-?tu"), "Email: "),
            Map.entry(java.util.regex.Pattern.compile("(?i)fax"), "Fax: "));

    /** Puts the word back where a footer shows only an icon before a value ("☎ 0237 3 123 456" as an icon font or a picture). */
    private static void labelIcons(Element copy) {
        for (Element icon : copy.select("i, span:empty, img, svg, em:empty")) {
            if (!Html.text(icon).isBlank() && !"img".equals(icon.normalName())) {
                continue;
            }
            String names = icon.className() + " " + icon.attr("src") + " " + icon.attr("alt") + " " + icon.attr("data-icon")
                    + " " + icon.select("use").attr("href");
            for (Map.Entry<java.util.regex.Pattern, String> entry : ICONS) {
                if (entry.getKey().matcher(names).find()) {
                    icon.before(new org.jsoup.nodes.TextNode(" " + entry.getValue()));
                    icon.remove();
                    break;
                }
            }
        }
    }

    private static void agency(SiteAudit site, FooterFacts facts, Evidence where) {
        if (!site.asks("CONTACT-AGENCY")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Kind kind : List.of(Kind.ADDRESS, Kind.PHONE, Kind.EMAIL)) {
            if (!facts.has(kind)) {
                missing.add(site.say().t(REQUIRED.get(kind)));
            }
        }
        Optional<PageRegions.Link> functions = site.regions().links().stream()
                .filter(l -> FUNCTIONS.matcher(l.normal()).find()).findFirst();
        if (functions.isEmpty()) {
            missing.add(site.say().t("agency.functions"));
        }
        List<Evidence> evidence = new ArrayList<>(List.of(where));
        functions.ifPresent(l -> evidence.add(site.evidence(site.home(), l.element())));
        site.verdicts().judge("CONTACT-AGENCY", missing.isEmpty(), missing.isEmpty() ? site.say().t("agency.complete")
                : site.say().t("agency.missing", site.say().list(missing)), evidence);
    }

    /** The rule set's state domains (its {@code stateDomains} parameter), gov.vn and the Government's, Assembly's and Party's by default. */
    private static List<String> stateDomains(SiteAudit site) {
        List<String> domains = new java.util.ArrayList<>();
        site.rule("CONTACT-GOV-EMAIL").ifPresent(rule -> rule.params().path("stateDomains")
                .forEach(d -> domains.add(d.asText().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))));
        return domains.isEmpty() ? List.of("gov.vn", "chinhphu.vn", "quochoi.vn", "dcs.vn") : domains;
    }

    /** Whether an address's domain is one of {@code domains} or under one of them ("ubnd@mauson.thanhhoa.gov.vn"). */
    static boolean onStateDomain(String email, List<String> domains) {
        String domain = email.substring(email.lastIndexOf('@') + 1);
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    private static void govEmail(SiteAudit site, FooterFacts footer) {
        if (!site.asks("CONTACT-GOV-EMAIL")) {
            return;
        }
        Set<String> emails = new LinkedHashSet<>();
        if (footer != null) {
            emails.addAll(footer.emails());
        }
        for (Page page : site.pages()) {
            for (Element a : page.body().select("a[href^=mailto:], a[href^=MAILTO:]")) {
                emails.add(a.attr("href").substring(7).replaceFirst("\\?.*", "").strip());
            }
        }
        emails.removeIf(e -> !FooterFacts.EMAIL.matcher(e).matches());
        Set<String> distinct = new LinkedHashSet<>();
        emails.forEach(e -> distinct.add(e.toLowerCase(Locale.ROOT)));
        emails = distinct;
        if (emails.isEmpty()) {
            site.verdicts().cannotJudge("CONTACT-GOV-EMAIL", site.say().t("govmail.none"));
            return;
        }
        List<String> domains = stateDomains(site);
        List<String> other = emails.stream().filter(e -> !onStateDomain(TextMatch.clean(e).toLowerCase(Locale.ROOT), domains)).toList();
        site.verdicts().judge("CONTACT-GOV-EMAIL", other.isEmpty(), other.isEmpty()
                ? site.say().t("govmail.ok", emails.size(), String.join(", ", domains))
                : site.say().t("govmail.other", site.say().list(other), String.join(", ", domains)), List.of());
    }
}
