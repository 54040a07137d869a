package dev.congkit.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A short description of a {@code site.json} field, in English and in Vietnamese, shown by editors
 * through the JSON Schema (Vietnamese first).
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(@Required @Doc(value = "The notice, e.g. \"Lịch tiếp công dân tháng 12\".", vi = "Thông báo, ví dụ \"Lịch tiếp công dân tháng 12\".") String text) {
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Doc {
    /** The description in English. */
    String value();

    /** The description in Vietnamese; CổngKit's own fields all have one (VietnameseMessagesTest). */
    String vi() default "";
}
