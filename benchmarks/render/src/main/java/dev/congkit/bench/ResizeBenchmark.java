package dev.congkit.bench;

import dev.congkit.image.ImageException;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.OutputFormat;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One camera photo fitted to 1200 px in one thread, in process (no JVM start, the JIT warm):
 * CổngKit's own JPEG decoder (DCT-domain shrink on load) against the JDK's decoder on the same path.
 * {@code benchmarks/resize/run-jmh.sh} passes the photo and times {@code vipsthumbnail} on the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResizeBenchmark {

    @Param("")
    public String photo;

    @Param("1200")
    public int size;

    private final ImageResizer resizer = ImageResizer.create();

    private Slot slot() {
        return new Slot("bench", size, size, 100_000_000, OutputFormat.JPEG);
    }

    @Benchmark
    public ResizedImage ownDecoder() throws ImageException {
        System.clearProperty("congkit.image.jdkJpeg");
        return resizer.fit(Path.of(photo), slot());
    }

    @Benchmark
    public ResizedImage jdkDecoder() throws ImageException {
        System.setProperty("congkit.image.jdkJpeg", "true");
        try {
            return resizer.fit(Path.of(photo), slot());
        } finally {
            System.clearProperty("congkit.image.jdkJpeg");
        }
    }
}
