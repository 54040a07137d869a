package dev.congkit.core.render.internal;

import java.io.Writer;

/**
 * A {@link Writer} over a {@link StringBuilder}: {@link java.io.StringWriter} locks its
 * {@code StringBuffer} on every write, and a template writes hundreds of short runs.
 */
public final class TextBuffer extends Writer {

    private final StringBuilder text;

    public TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
        // nothing to flush: the text is in memory
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
