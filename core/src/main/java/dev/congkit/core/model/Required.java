package dev.congkit.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that {@code site.json} must give. The compact constructor enforces it;
 * the annotation tells the JSON Schema generator, and a test keeps the two in step.
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(@Required @Doc(value = "The notice text.", vi = "Nội dung thông báo.") String text, @Doc(value = "Optional link.", vi = "Liên kết (nếu có).") WebLink link) {
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Required {
}
