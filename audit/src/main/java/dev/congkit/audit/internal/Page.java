package dev.congkit.audit.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.lang.ref.SoftReference;

/**
 * One fetched HTML page, with what its bytes and declarations say about its encoding. The bytes are
 * kept compressed and the parsed document only softly: a site's pages need not all stay in memory
 * at once, and a document the memory manager dropped is parsed again from the bytes when asked for.
 * The target page's document is kept for the whole audit.
 */
public final class Page {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    private final URI uri;
    private final int depth;
    private final String reachedBy;
    private final String contentType;
    private final byte[] compressed;
    private final int length;
    private final String usableCharset;
    private final String declaredCharset;
    private final Charset charset;
    private final boolean validUtf8;
    private final String title;
    private final Document kept;
    private SoftReference<Document> document;
    private SoftReference<PageRegions> regions = new SoftReference<>(null);

    private Page(URI uri, int depth, String reachedBy, String contentType, byte[] body, String usableCharset, Document parsed,
                 String declaredCharset, boolean validUtf8) {
        this(uri, depth, reachedBy, contentType, body, usableCharset, parsed, declaredCharset, validUtf8, parsed.charset());
    }

    private Page(URI uri, int depth, String reachedBy, String contentType, byte[] body, String usableCharset, Document parsed,
                 String declaredCharset, boolean validUtf8, Charset charset) {
        this.uri = uri;
        this.depth = depth;
        this.reachedBy = reachedBy;
        this.contentType = contentType;
        this.compressed = compress(body);
        this.length = body.length;
        this.usableCharset = usableCharset;
        this.declaredCharset = declaredCharset;
        this.charset = charset;
        this.validUtf8 = validUtf8;
        this.title = Html.excerpt(cleanTitle(parsed.title()), 200);
        this.kept = depth == 0 ? parsed : null;
        this.document = new SoftReference<>(parsed);
    }

    /** Parses a response that carries HTML; the charset comes from the HTTP header, a BOM or a meta tag. */
    public static Optional<Page> parse(Fetcher.Response response, int depth, String reachedBy) {
        if (!response.ok() || !isHtml(response)) {
            return Optional.empty();
        }
        String headerCharset = charsetOf(response.contentType());
        String usable = supported(headerCharset) ? headerCharset : null;
        Document document = read(response.body(), usable, response.uri());
        String declared = headerCharset != null ? headerCharset : metaCharset(document);
        boolean utf8 = !document.charset().equals(StandardCharsets.UTF_8) || decodesAsUtf8(response.body());
        return Optional.of(new Page(response.uri(), depth, reachedBy, response.contentType(), response.body(), usable, document,
                declared, utf8));
    }

    /** A title as a reader sees it: a title left unclosed swallows the markup after it, which is not part of its name. */
    static String cleanTitle(String raw) {
        int markup = raw.indexOf('<');
        if (markup < 0) {
            return raw.strip();
        }
        String before = raw.substring(0, markup).strip();
        return before.isEmpty() ? Jsoup.parseBodyFragment(raw).body().text() : before;
    }

    /**
     * The page as a browser drew it: {@code renderedHtml} (the document after its scripts ran) in place
     * of the markup served, while what is known of the bytes served (charset, UTF-8 validity) stays.
     */
    public static Page rendered(Page served, String renderedHtml) {
        byte[] bytes = renderedHtml.getBytes(StandardCharsets.UTF_8);
        Document document = read(bytes, "UTF-8", served.uri);
        return new Page(served.uri, served.depth, served.reachedBy, served.contentType, bytes, "UTF-8", document, served.declaredCharset,
                served.validUtf8, served.charset);
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

    /** The parsed page; parsed again from its bytes when the memory manager dropped it. */
    public synchronized Document document() {
        if (kept != null) {
            return kept;
        }
        Document parsed = document.get();
        if (parsed == null) {
            parsed = read(decompress(compressed, length), usableCharset, uri);
            document = new SoftReference<>(parsed);
        }
        return parsed;
    }

    public Element body() {
        return document().body();
    }

    /** The Content-Type the page was served with. */
    public String contentType() {
        return contentType;
    }

    /** The charset the HTTP header or a meta tag declares, or {@code null} when none does. */
    public String declaredCharset() {
        return declaredCharset;
    }

    /** The charset the page was decoded with. */
    public Charset charset() {
        return charset;
    }

    /** False when the page is decoded as UTF-8 but its bytes are not valid UTF-8. */
    public boolean validUtf8() {
        return validUtf8;
    }

    /** The page's header, main area, footer and links, found once per parse and kept with it: several judges read them. */
    public synchronized PageRegions regions() {
        Document current = document();
        PageRegions found = regions.get();
        if (found == null || found.page() != this || found.document() != current) {
            found = PageRegions.of(this);
            regions = new SoftReference<>(found);
        }
        return found;
    }

    public String title() {
        return title;
    }

    private static Document read(byte[] body, String charset, URI uri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, uri.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a charset name is legal and known here; an illegal name is treated as absent, never thrown. */
    static boolean supported(String name) {
        try {
            return name != null && Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] compress(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] chunk = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] decompress(byte[] bytes, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            byte[] out = new byte[length];
            int done = 0;
            while (done < length && !inflater.finished()) {
                done += inflater.inflate(out, done, length - done);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a page kept in memory could not be read back", e);
        } finally {
            inflater.end();
        }
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
