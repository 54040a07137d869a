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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The demo's whole home page (its seven widgets, in page order): templates against hand-written code. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HomePageBenchmark {

    private Fixture fixture;
    private final RenderContext[] contexts = new RenderContext[Fixture.HOME.size()];
    private final Widget[] widgets = new Widget[Fixture.HOME.size()];
    private final Labels[] labels = new Labels[Fixture.HOME.size()];

    @Setup
    public void setUp() {
        fixture = new Fixture();
        Verify.check(fixture);
        for (int i = 0; i < Fixture.HOME.size(); i++) {
            String id = Fixture.HOME.get(i);
            contexts[i] = fixture.context(id);
            widgets[i] = fixture.widgets.get(id);
            labels[i] = fixture.renderer.labels(id, Locale.forLanguageTag("vi"));
        }
    }

    @Benchmark
    public String template() {
        StringBuilder page = new StringBuilder(32 * 1024);
        for (int i = 0; i < widgets.length; i++) {
            page.append(fixture.renderer.render(Fixture.HOME.get(i), contexts[i]));
        }
        return page.toString();
    }

    @Benchmark
    public String handWritten() {
        StringBuilder page = new StringBuilder(32 * 1024);
        for (int i = 0; i < widgets.length; i++) {
            page.append(HandWritten.render(widgets[i], contexts[i], labels[i]));
        }
        return page.toString();
    }
}
