package dev.congkit.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A short description of a {@code site.json} field, shown by editors through the JSON Schema.
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(@Required @Doc("The notice, e.g. \"Lịch tiếp công dân tháng 12\".") String text) {
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Doc {
    String value();
}
