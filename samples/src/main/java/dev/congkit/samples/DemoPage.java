package dev.congkit.samples;

import java.util.Map;

/**
 * One page of the demo portal: its path, titles, the sample content shown in {@code main} (files
 * under {@code demo/pages/}, {@code NAME.vi.html} and optionally {@code NAME.en.html}; none when
 * {@code null}), an optional widget rendered after it with fixed parameters, and whether that widget
 * gives the page its {@code h1} (a document or an article does).
 */
record DemoPage(String path, String titleVi, String titleEn, String content, String widget, Map<String, String> params,
                boolean widgetHeading) {

    DemoPage {
        params = Map.copyOf(params);
    }

    DemoPage(String path, String titleVi, String titleEn, String content, String widget) {
        this(path, titleVi, titleEn, content, widget, Map.of(), false);
    }

    DemoPage(String path, String titleVi, String titleEn, String content) {
        this(path, titleVi, titleEn, content, null);
    }

    String title(boolean english) {
        return english ? titleEn : titleVi;
    }
}
