package dev.congkit.audit.internal.browser;

import java.util.List;
import java.util.Optional;

/**
 * What Chromium showed of one page: its markup after scripts ran, with every element it did not
 * draw marked {@link Marks#hidden()} and the boxes of links, images and landmarks in
 * {@link Marks#box()}; the timings of the load; the page at 320 CSS px; axe-core's violations; a
 * picture of the top of the page.
 *
 * @param html        the rendered document's markup, marked
 * @param timings     the load's timings
 * @param phone       the page at 320 CSS px
 * @param axe         axe-core's violations, empty when axe-core was not given
 * @param screenshot  a JPEG of the top of the page at the desktop width (at most {@link Browser#SHOT_HEIGHT} px high)
 * @param screenshotHeight its height in CSS px
 * @param blocked     requests refused because they left the audited site (or were not GET)
 * @param problems    what went wrong without stopping the rendering (a slow load, axe failing)
 */
public record Rendering(String html, Timings timings, Phone phone, Optional<List<AxeRule>> axe, byte[] screenshot,
                        int screenshotHeight, int blocked, List<Problem> problems) {

    public Rendering {
        problems = List.copyOf(problems);
        screenshot = screenshot.clone();
    }

    /** What went wrong without stopping the rendering; the report says it in its language. */
    public enum Problem {
        /** The page had not finished loading at the desktop width when its time ran out: judged as it was. */
        SLOW_LOAD,
        /** The same at the phone's width. */
        SLOW_PHONE_LOAD,
        /** axe-core did not finish on the page. */
        AXE_FAILED
    }

    /** Milliseconds from the start of navigation; -1 when the browser did not report it. */
    public record Timings(long firstContent, long largestContent, long speedIndex, long loaded, long blocking) {
    }

    /** The page at 320 CSS px: a viewport declared, sideways overflow, interactive targets and the small ones. */
    public record Phone(boolean viewportDeclared, int overflow, int targets, List<Target> small) {
        public Phone {
            small = List.copyOf(small);
        }
    }

    /** One interactive target and its size in CSS px. */
    public record Target(String name, int width, int height) {
    }

    /** One axe-core rule broken on the page: how many elements, and a few of them. */
    public record AxeRule(String id, String impact, String help, int count, List<String> examples) {
        public AxeRule {
            examples = List.copyOf(examples);
        }
    }
}
