package dev.congkit.cli.sheet;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Finds the official a schedule's "Chủ trì" cell names: by full name ("Nguyễn Văn Thành"), by given
 * name and title as schedules write them ("đ/c Thành – CT", "Hường (PCT)"), or by the whole title
 * when one official holds it ("Chủ tịch UBND xã").
 */
final class Leaders {

    /** Abbreviated titles, as plain text, and the positions they stand for. */
    private static final Map<String, String> TITLES = Map.of("ct", "chu tich", "pct", "pho chu tich", "bt", "bi thu",
            "pbt", "pho bi thu", "ctubnd", "chu tich ubnd", "pctubnd", "pho chu tich ubnd");

    private Leaders() {
    }

    /** The id of the official {@code text} names, if exactly one matches. */
    static Optional<String> match(String text, JsonNode officials) {
        String plain = Headers.plain(text).replaceFirst("^(d c|dong chi|ong|ba) ", "");
        List<JsonNode> all = StreamSupport.stream(officials.spliterator(), false).toList();
        Optional<String> byName = unique(all.stream().filter(o -> Headers.plain(o.path("fullName").asText()).equals(plain)).toList());
        if (byName.isPresent()) {
            return byName;
        }
        String[] words = plain.split(" ");
        if (words.length >= 2) {
            // "thanh ct": the given name, then the title; or "ct thanh"
            Optional<String> nameThenTitle = byGivenNameAndTitle(all, words[0], String.join("", List.of(words).subList(1, words.length)));
            if (nameThenTitle.isPresent()) {
                return nameThenTitle;
            }
            Optional<String> titleThenName = byGivenNameAndTitle(all, words[words.length - 1],
                    String.join("", List.of(words).subList(0, words.length - 1)));
            if (titleThenName.isPresent()) {
                return titleThenName;
            }
        }
        return unique(all.stream().filter(o -> Headers.plain(o.path("position").asText()).equals(plain)).toList());
    }

    private static Optional<String> byGivenNameAndTitle(List<JsonNode> officials, String given, String abbreviation) {
        String title = TITLES.get(abbreviation);
        if (title == null) {
            return Optional.empty();
        }
        return unique(officials.stream().filter(o -> {
            String[] name = Headers.plain(o.path("fullName").asText()).split(" ");
            String position = Headers.plain(o.path("position").asText());
            return name[name.length - 1].equals(given) && position.startsWith(title);
        }).toList());
    }

    private static Optional<String> unique(List<JsonNode> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0).path("id").asText()) : Optional.empty();
    }
}
