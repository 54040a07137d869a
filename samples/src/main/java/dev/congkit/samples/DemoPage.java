package dev.congkit.samples;

/**
 * One page of the demo portal: its path, titles and the sample content shown in {@code main}
 * (files under {@code demo/pages/}, {@code NAME.vi.html} and optionally {@code NAME.en.html}).
 */
record DemoPage(String path, String titleVi, String titleEn, String content) {

    String title(boolean english) {
        return english ? titleEn : titleVi;
    }
}
