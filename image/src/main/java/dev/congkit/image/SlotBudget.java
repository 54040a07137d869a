package dev.congkit.image;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

/**
 * A slot's budget as written in rule sets and {@code site.json}, where the key names the slot.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, under "images": "slots": { "news": { "maxWidth": 1000, "maxHeight": 1000, "maxBytes": 250000, "format": "JPEG" } }
 * Slot news = images.slots().get("news").named("news");
 * }</pre>
 */
@Doc(value = "An image budget.", vi = "Một mức giới hạn ảnh.")
public record SlotBudget(
        @Required @Doc(value = "Largest width in pixels.", vi = "Chiều rộng tối đa, tính bằng điểm ảnh.") Integer maxWidth,
        @Required @Doc(value = "Largest height in pixels.", vi = "Chiều cao tối đa, tính bằng điểm ảnh.") Integer maxHeight,
        @Required @Doc(value = "Largest file size in bytes.", vi = "Dung lượng tệp tối đa, tính bằng byte.") Integer maxBytes,
        @Required @Doc(value = "JPEG or PNG.", vi = "JPEG hoặc PNG.") OutputFormat format) {

    public SlotBudget {
        var check = new Check();
        check.required("maxWidth", maxWidth);
        check.required("maxHeight", maxHeight);
        check.required("maxBytes", maxBytes);
        check.required("format", format);
        check.done();
    }

    public Slot named(String name) {
        return new Slot(name, maxWidth, maxHeight, maxBytes, format);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(Integer maxWidth, Integer maxHeight, Integer maxBytes, OutputFormat format) {
        return new Builder(maxWidth, maxHeight, maxBytes, format);
    }

    /**
     * Builds a {@link SlotBudget} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * SlotBudget.builder(maxWidth, maxHeight, maxBytes, format).build()
     * }</pre>
     */
    public static final class Builder {
        private Integer maxWidth;
        private Integer maxHeight;
        private Integer maxBytes;
        private OutputFormat format;

        private Builder(Integer maxWidth, Integer maxHeight, Integer maxBytes, OutputFormat format) {
            this.maxWidth = maxWidth;
            this.maxHeight = maxHeight;
            this.maxBytes = maxBytes;
            this.format = format;
        }

        /** The SlotBudget; a {@link ValidationException} names every rule the parts break. */
        public SlotBudget build() {
            return new SlotBudget(maxWidth, maxHeight, maxBytes, format);
        }
    }
}
