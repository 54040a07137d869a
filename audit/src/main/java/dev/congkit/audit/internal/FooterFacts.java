package dev.congkit.audit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a footer states, read label by label: the text after a label up to the next label is
 * its value, and a label followed by no value ("Địa chỉ: Điện thoại:") states nothing.
 */
public final class FooterFacts {

    /** The kinds of fact a responsibility footer carries. */
    public enum Kind { ADDRESS, PHONE, FAX, EMAIL, RESPONSIBLE, OWNER, OTHER }

    private record Label(Kind kind, int start, int end, String text) {
    }

    private static final String B = "(?<![\\p{L}\\p{N}(])";
    /** The commonest Vietnamese family names, lower-case: after "Đ/c" they make it đồng chí, not địa chỉ. */
    private static final String SURNAMES = "nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|lương|trịnh|đào"
            + "|mai|cao|lâm|tạ|hà|quách|chu|thái|tô|kiều|lò|lục|nông|triệu|vi|hứa|đoàn|văn|trương|tăng|lưu|giáp|khổng|la";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final Map<Kind, Pattern> LABELS = new EnumMap<>(Kind.class);

    static {
        // "Đ/c" is địa chỉ, as the directive writes it, unless a person's name follows: then it is đồng chí
        LABELS.put(Kind.ADDRESS, Pattern.compile(B + "(địa chỉ( liên hệ| trụ sở)?|trụ sở( chính)?|address|đ/c(?!\\s*:?\\s*(" + SURNAMES + ")\\s))" + E));
        LABELS.put(Kind.PHONE, Pattern.compile(B + "((số )?điện thoại( liên hệ)?|đt|đt\\s?/\\s?fax|tel|phone|telephone|hotline|đường dây nóng|sđt)" + E));
        LABELS.put(Kind.FAX, Pattern.compile(B + "(fax)" + E));
        LABELS.put(Kind.EMAIL, Pattern.compile(B + "(e-?mail|thư điện tử|hộp thư( điện tử)?)" + E));
        // a title ("Trưởng Ban biên tập") is a label only with a colon: otherwise it is part of a person's description
        LABELS.put(Kind.RESPONSIBLE, Pattern.compile(B + "((người )?chịu trách nhiệm( chính)?( xuất bản)?( về)?( nội dung)?"
                + "|responsible for (the )?content|person responsible|editor-in-chief"
                + "|((phó )?trưởng ban biên tập|trưởng bbt|tổng biên tập|tổng giám đốc)(?=\\s*:))" + E));
        LABELS.put(Kind.OWNER, Pattern.compile(B + "(cơ quan chủ quản|cơ quan quản lý|đơn vị chủ quản|đơn vị quản lý( vận hành)?|cơ quan chủ trì"
                + "|cơ quan thiết lập|owning agency|managed and operated by|governing body)" + E));
        LABELS.put(Kind.OTHER, Pattern.compile(B + "(giấy phép( số)?|licen[cs]e|bản quyền|copyright|ghi rõ nguồn|website|(số )?lượt truy cập"
                + "|đang (trực tuyến|online)|thống kê truy cập|lên đầu trang|về đầu trang)" + E + "|©"));
    }

    static final Pattern PHONE = Pattern.compile("(?<![\\d/.])(\\+?84|0)[\\d .()-]{7,14}\\d(?![\\d/])");
    // a match starts only where a run of address characters starts and never gives characters back: linear in the text
    static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++(\\.[\\p{L}\\p{N}-]++)++");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}'’]*+\\s++\\p{Lu}");

    private final Map<Kind, String> values = new EnumMap<>(Kind.class);
    private final Set<String> emptyLabels = new LinkedHashSet<>();
    private final List<String> emails = new ArrayList<>();

    private FooterFacts() {
    }

    /** Reads {@code text} (cleaned visible text of the footer) plus the {@code mailto:}/{@code tel:} links in it. */
    public static FooterFacts read(String text, List<String> mailtos, List<String> tels) {
        FooterFacts facts = new FooterFacts();
        String lower = Html.lower(text);
        String source = lower.length() == text.length() ? text : lower;
        List<Label> labels = new ArrayList<>();
        for (Map.Entry<Kind, Pattern> entry : LABELS.entrySet()) {
            Matcher m = entry.getValue().matcher(lower);
            while (m.find()) {
                labels.add(new Label(entry.getKey(), m.start(), m.end(), source.substring(m.start(), m.end())));
            }
        }
        labels.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Label> kept = new ArrayList<>();
        for (Label label : labels) {
            if (kept.isEmpty() || label.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(label);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Label label = kept.get(i);
            int until = i + 1 < kept.size() ? kept.get(i + 1).start() : source.length();
            String value = trim(source.substring(label.end(), until), " :：.-–—/|", " ;,.|-–—");
            if (valid(label.kind(), value)) {
                facts.values.putIfAbsent(label.kind(), value);
            } else if (label.kind() != Kind.OTHER) {
                facts.emptyLabels.add(label.text().strip());
            }
        }
        Matcher emails = EMAIL.matcher(text);
        while (emails.find()) {
            facts.emails.add(emails.group());
        }
        mailtos.forEach(m -> facts.emails.add(m));
        if (!facts.values.containsKey(Kind.EMAIL) && !facts.emails.isEmpty()) {
            facts.values.put(Kind.EMAIL, facts.emails.get(0));
        }
        if (!facts.values.containsKey(Kind.PHONE) && !tels.isEmpty()) {
            facts.values.put(Kind.PHONE, tels.get(0));
        }
        return facts;
    }

    /** Whether a link's text is nothing but a label ("Thư điện tử" in a footer link bar): it states no fact. */
    public static boolean labelOnly(String text) {
        String lower = trim(Html.lower(text), "", " :|");
        return !lower.isEmpty() && LABELS.values().stream().anyMatch(p -> {
            Matcher m = p.matcher(lower);
            return m.lookingAt() && m.end() == lower.length();
        });
    }

    public Optional<String> value(Kind kind) {
        return Optional.ofNullable(values.get(kind));
    }

    public boolean has(Kind kind) {
        return values.containsKey(kind);
    }

    /** Labels written with no value after them, as written. */
    public Set<String> emptyLabels() {
        return emptyLabels;
    }

    public List<String> emails() {
        return emails.stream().map(e -> e.replaceFirst("(?i)^mailto:", "").replaceFirst("\\?.*", "").strip()).distinct().toList();
    }

    /** {@code text} without the leading and trailing characters given (white space always), in one pass each way. */
    private static String trim(String text, String leading, String trailing) {
        int start = 0;
        int end = text.length();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || leading.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || trailing.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static boolean valid(Kind kind, String value) {
        return switch (kind) {
            case ADDRESS -> value.replaceAll("[^\\p{L}\\p{N}]", "").length() >= 6 && value.contains(" ");
            case PHONE, FAX -> phoneIn(value, 8);
            case EMAIL -> EMAIL.matcher(value).find();
            case RESPONSIBLE -> NAME.matcher(value).find();
            case OWNER -> value.replaceAll("[^\\p{L}]", "").length() >= 4;
            case OTHER -> true;
        };
    }

    /** Whether {@code text} holds a telephone number of at least {@code minDigits} digits (a date is not one). */
    static boolean phoneIn(String text, int minDigits) {
        return phone(text, minDigits).isPresent();
    }

    /** The digits of the first telephone number of at least {@code minDigits} digits in {@code text} (a date is not one). */
    static java.util.Optional<String> phone(String text, int minDigits) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= minDigits && digits.length() <= 12 && !DATE.matcher(m.group()).find()) {
                return java.util.Optional.of(digits);
            }
        }
        return java.util.Optional.empty();
    }
}
