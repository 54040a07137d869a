package dev.congkit.servlet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered body with its strong entity tag. Internal. */
public record Fragment(byte[] body, String etag) {

    public static Fragment of(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8));
    }

    public static Fragment of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new Fragment(body, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether an {@code If-None-Match} header names this fragment's tag (or {@code *}). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
