package dev.congkit.spring.internal;

import dev.congkit.spring.CongKitWidgets;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@code congkit} bean into every controller's model: Thymeleaf 3.1.4 and later refuse bean
 * references ({@code @congkit}) in {@code th:utext}, a model variable they allow. Internal.
 */
@ControllerAdvice
public final class WidgetsModelAttribute {

    private final CongKitWidgets widgets;

    public WidgetsModelAttribute(CongKitWidgets widgets) {
        this.widgets = widgets;
    }

    @ModelAttribute("congkit")
    public CongKitWidgets congkit() {
        return widgets;
    }
}
