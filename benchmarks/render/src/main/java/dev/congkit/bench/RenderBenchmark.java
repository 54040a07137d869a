package dev.congkit.bench;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Each widget through its template ({@code WidgetRenderer}, no fragment cache) against the
 * hand-written {@code StringBuilder} of the same HTML; both build the widget's model afresh from
 * the site every call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    @Param({"header", "top-menu", "menu", "footer", "sitemap", "banners", "feedback-banner", "figure", "contact-card", "directory",
            "leader-schedule", "reception-schedule", "document-list", "news-list"})
    public String widget;

    private Fixture fixture;
    private Widget instance;
    private RenderContext context;
    private Labels labels;

    @Setup
    public void setUp() {
        fixture = new Fixture();
        Verify.check(fixture);
        instance = fixture.widgets.get(widget);
        context = fixture.context(widget);
        labels = fixture.renderer.labels(widget, Locale.forLanguageTag("vi"));
    }

    @Benchmark
    public String template() {
        return fixture.renderer.render(widget, context);
    }

    @Benchmark
    public String handWritten() {
        return HandWritten.render(instance, context, labels);
    }
}
