package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Starts the demo for tests in other packages (the browser tests). */
public final class DemoAccess {

    private DemoAccess() {
    }

    /** A running demo on 127.0.0.1 and a free port. */
    public record Running(DemoPortal.Running running) implements AutoCloseable {
        public String url(String path) {
            return "http://127.0.0.1:" + running.port() + path;
        }

        @Override
        public void close() throws Exception {
            running.close();
        }
    }

    public static Running start() throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        return new Running(DemoPortal.start(site(clock), "127.0.0.1", 0, clock));
    }

    /** A running demo whose staff pages and uploads take {@code password}. */
    public static Running start(String password) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        return new Running(DemoPortal.start(site(clock), "127.0.0.1", 0, clock, password));
    }

    /** The path of every page of the demo, the JSP page included. */
    public static List<String> pagePaths() {
        try {
            Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
            List<String> paths = new java.util.ArrayList<>(DemoPages.of(site(clock), LocalDate.now(clock)).stream().map(DemoPage::path).toList());
            paths.add("/trang-jsp.jsp"); // the page Jasper builds with the CổngKit tag library
            return paths;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SiteConfig site(Clock clock) throws Exception {
        return SampleSite.load(LocalDate.now(clock));
    }
}
