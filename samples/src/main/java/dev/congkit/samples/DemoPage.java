package dev.congkit.samples;

/**
 * One page of the demo portal: its path, titles, the sample content shown in {@code main} (files
 * under {@code demo/pages/}, {@code NAME.vi.html} and optionally {@code NAME.en.html}) and an
 * optional widget rendered after it.
 */
record DemoPage(String path, String titleVi, String titleEn, String content, String widget) {

    DemoPage(String path, String titleVi, String titleEn, String content) {
        this(path, titleVi, titleEn, content, null);
    }

    String title(boolean english) {
        return english ? titleEn : titleVi;
    }
}
