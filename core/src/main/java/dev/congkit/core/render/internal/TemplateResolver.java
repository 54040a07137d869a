package dev.congkit.core.render.internal;

import com.github.mustachejava.MustacheResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a template by file name: first in the vendor's override folder, then in the widgets'
 * class-path folders. Refuses any template with an unescaped tag ({@code {{{ }}}}, {@code {{& }}})
 * or a delimiter change that could hide one. Internal: no compatibility promise.
 */
public final class TemplateResolver implements MustacheResolver {

    /** A tag whose first character after the braces makes Mustache skip escaping or change delimiters. */
    public static final Pattern UNSAFE_TAG = Pattern.compile("\\{\\{\\s*[{&=]");

    private final Path overrideFolder;
    private final List<String> folders;
    private final ClassLoader loader;

    public TemplateResolver(Path overrideFolder, List<String> folders, ClassLoader loader) {
        this.overrideFolder = overrideFolder;
        this.folders = List.copyOf(folders);
        this.loader = loader;
    }

    @Override
    public Reader getReader(String name) {
        String text = read(name);
        if (text == null) {
            return null;
        }
        refuseUnsafeTags(name, text);
        return new StringReader(text);
    }

    /** Throws if {@code text} holds a tag that would write a value unescaped. */
    public static void refuseUnsafeTags(String name, String text) {
        Matcher unsafe = UNSAFE_TAG.matcher(text);
        if (unsafe.find()) {
            int line = 1 + (int) text.substring(0, unsafe.start()).chars().filter(c -> c == '\n').count();
            throw new IllegalStateException("template " + name + ", line " + line + ": the tag '" + unsafe.group()
                    + "' writes unescaped output or changes delimiters; CổngKit templates must always escape");
        }
    }

    private String read(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            return null;
        }
        try {
            if (overrideFolder != null) {
                Path candidate = overrideFolder.resolve(name).normalize();
                if (candidate.startsWith(overrideFolder) && Files.isRegularFile(candidate)) {
                    return Files.readString(candidate, StandardCharsets.UTF_8);
                }
            }
            for (String folder : folders) {
                URL url = loader.getResource(folder + name);
                if (url != null) {
                    try (InputStream in = url.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
