package dev.congkit.audit.internal.browser;

import java.util.List;

/**
 * The speed index of a load: how long the page looked unfinished, on average over what it shows.
 * Each frame's visual progress compares its colour histogram with the last frame's (the share of the
 * final picture's colours that are there), starting from an empty white page; the index is the
 * area above the progress curve, in milliseconds from the start of navigation.
 */
final class SpeedIndex {

    /** One picture of the page while it loads, at {@code millis} from the start of navigation. */
    record Frame(long millis, int[][] histogram) {
    }

    private SpeedIndex() {
    }

    /** The speed index in milliseconds, or -1 without a frame. */
    static long of(List<Frame> frames) {
        if (frames.isEmpty()) {
            return -1;
        }
        int[][] last = frames.get(frames.size() - 1).histogram();
        double area = 0;
        long previousTime = 0;
        double previousProgress = 0; // the page starts empty
        for (Frame frame : frames) {
            long time = Math.max(previousTime, frame.millis());
            area += (1 - previousProgress) * (time - previousTime);
            previousTime = time;
            previousProgress = progress(frame.histogram(), last);
        }
        return Math.round(area);
    }

    /** The share of the final frame's (non-white) colours this frame already shows, from 0 to 1. */
    static double progress(int[][] current, int[][] target) {
        long match = 0;
        long total = 0;
        for (int channel = 0; channel < 3; channel++) {
            for (int value = 0; value < 256; value++) {
                match += Math.min(current[channel][value], target[channel][value]);
                total += target[channel][value];
            }
        }
        return total == 0 ? 1 : (double) match / total;
    }
}
