package dev.congkit.audit.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One fetched and parsed HTML page, with what its bytes and declarations say about its encoding. */
public final class Page {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    private final URI uri;
    private final int depth;
    private final String reachedBy;
    private final Fetcher.Response response;
    private final Document document;
    private final String declaredCharset;
    private final boolean validUtf8;
    private PageRegions regions;

    private Page(URI uri, int depth, String reachedBy, Fetcher.Response response, Document document,
                 String declaredCharset, boolean validUtf8) {
        this.uri = uri;
        this.depth = depth;
        this.reachedBy = reachedBy;
        this.response = response;
        this.document = document;
        this.declaredCharset = declaredCharset;
        this.validUtf8 = validUtf8;
    }

    /** Parses a response that carries HTML; the charset comes from the HTTP header, a BOM or a meta tag. */
    public static Optional<Page> parse(Fetcher.Response response, int depth, String reachedBy) {
        if (!response.ok() || !isHtml(response)) {
            return Optional.empty();
        }
        String headerCharset = charsetOf(response.contentType());
        String usable = headerCharset != null && Charset.isSupported(headerCharset) ? headerCharset : null;
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(response.body()), usable, response.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String declared = headerCharset != null ? headerCharset : metaCharset(document);
        boolean utf8 = !document.charset().equals(StandardCharsets.UTF_8) || decodesAsUtf8(response.body());
        return Optional.of(new Page(response.uri(), depth, reachedBy, response, document, declared, utf8));
    }

    static boolean isHtml(Fetcher.Response response) {
        String type = response.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (!type.isEmpty() && !type.startsWith("text/plain") && !type.startsWith("application/octet-stream")) {
            return false;
        }
        String start = new String(response.body(), 0, Math.min(response.body().length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html") || start.contains("<head") || start.contains("<body");
    }

    public URI uri() {
        return uri;
    }

    public String url() {
        return uri.toString();
    }

    public int depth() {
        return depth;
    }

    /** The name of the link the page was reached by (empty for the target itself). */
    public String reachedBy() {
        return reachedBy;
    }

    public Document document() {
        return document;
    }

    public Element body() {
        return document.body();
    }

    public Fetcher.Response response() {
        return response;
    }

    /** The charset the HTTP header or a meta tag declares, or {@code null} when none does. */
    public String declaredCharset() {
        return declaredCharset;
    }

    /** The charset the page was decoded with. */
    public Charset charset() {
        return document.charset();
    }

    /** False when the page is decoded as UTF-8 but its bytes are not valid UTF-8. */
    public boolean validUtf8() {
        return validUtf8;
    }

    /** The page's header, main area, footer and links, found once and kept: several judges read them. */
    public PageRegions regions() {
        if (regions == null) {
            regions = PageRegions.of(this);
        }
        return regions;
    }

    public String title() {
        return Html.excerpt(document.title(), 200);
    }

    private static String charsetOf(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String metaCharset(Document document) {
        Element meta = document.selectFirst("meta[charset]");
        if (meta != null) {
            return meta.attr("charset").strip();
        }
        for (Element equiv : document.select("meta[http-equiv]")) {
            if ("content-type".equalsIgnoreCase(equiv.attr("http-equiv").strip())) {
                String found = charsetOf(equiv.attr("content"));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean decodesAsUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
