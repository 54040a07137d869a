package dev.congkit.image.internal.jpeg;

import dev.congkit.image.ImageException;
import dev.congkit.image.ImageLimits;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.OutputFormat;
import dev.congkit.image.Slot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated JPEGs (bit flips, overwritten and inserted bytes, truncations, broken tables and lengths,
 * huge dimensions) never get past the decoder as anything but a refusal it names, never hang and
 * never take more than the budget. {@code -Dcongkit.jpegFuzz=N} sets the number of files (300 in
 * {@code verify}; the fuzz profile: 20 000), {@code -Dcongkit.jpegFuzz.seed=S} the seed (printed).
 */
class JpegFuzzTest {

    private static final int COUNT = Integer.getInteger("congkit.jpegFuzz", 300);
    /** Fixed in {@code verify}; the fuzz profile draws a new one each run (printed, to repeat a failure). */
    private static final long SEED = Long.getLong("congkit.jpegFuzz.seed",
            Boolean.getBoolean("congkit.jpegFuzz.newSeed") ? new Random().nextLong() : 20261201L);
    private static final Slot SLOT = new Slot("fuzz", 48, 48, 1_000_000, OutputFormat.JPEG);

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Jpegs.write(Jpegs.picture(96, 64, 1, false), new int[] {2, 2}, false, 3, 0.85f));
        seeds.add(Jpegs.write(Jpegs.picture(90, 70, 2, false), new int[] {2, 1}, true, 0, 0.85f));
        seeds.add(Jpegs.write(Jpegs.picture(64, 64, 3, true), new int[] {1, 1}, true, 2, 0.9f));
        seeds.add(Jpegs.write(Jpegs.picture(80, 40, 4, false), new int[] {1, 1}, false, 0, 0.95f));
        seeds.add(Jpegs.write(Jpegs.picture(72, 56, 5, false), new int[] {2, 2}, true, 5, 0.8f));
        return seeds;
    }

    @Test
    void mutatedJpegsAreDecodedOrRefusedWithinBounds() throws Exception {
        System.out.println("JPEG fuzz: " + COUNT + " files, seed " + SEED + " (-Dcongkit.jpegFuzz.seed=" + SEED + " repeats it)");
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        ImageResizer resizer = ImageResizer.withLimits(new ImageLimits(20_000_000L, 32L << 20, 1));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        int refused = 0;
        try {
            for (int i = 0; i < COUNT; i++) {
                byte[] seed = seeds.get(random.nextInt(seeds.size()));
                String how = mutationName(random.nextInt(8));
                byte[] mutated = mutate(seed, how, random);
                Future<Boolean> task = worker.submit(() -> check(mutated, resizer));
                try {
                    if (!task.get(20, TimeUnit.SECONDS)) {
                        refused++;
                    }
                } catch (TimeoutException e) {
                    task.cancel(true);
                    fail("file " + i + " (" + how + ", seed " + SEED + ") took over 20 s: " + hex(mutated));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("file " + i + " (" + how + ", seed " + SEED + ") escaped as " + e.getCause() + ": "
                            + hex(mutated), e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.println("JPEG fuzz: " + refused + " of " + COUNT + " refused with a message, the others decoded");
        assertTrue(refused > 0 && refused < COUNT, "the mutations both break files and leave some readable");
    }

    /** Decodes with the decoder alone (only its own refusals may come out), then through the resizer; true when read. */
    private static boolean check(byte[] jpeg, ImageResizer resizer) throws IOException {
        try {
            JpegDecoder decoder = JpegDecoder.open(new ByteArrayInputStream(jpeg));
            if ((long) decoder.width() * decoder.height() <= 20_000_000L && decoder.coefficientBytes() <= (32L << 20)) {
                int denominator = 8;
                PixelSink sink = decoder.colourType() == JpegDecoder.ColourType.RGB || decoder.colourType() == JpegDecoder.ColourType.RGB_FROM_YCC
                        ? PixelSink.packedRgb(JpegDecoder.scaled(decoder.width(), denominator), JpegDecoder.scaled(decoder.height(), denominator), 1)
                        : PixelSink.bytes(JpegDecoder.scaled(decoder.width(), denominator), JpegDecoder.scaled(decoder.height(), denominator),
                        decoder.componentCount() == 1 ? 1 : 4, 1);
                decoder.decode(denominator, sink);
            }
        } catch (JpegCorruptException | JpegUnsupportedException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
        }
        try {
            resizer.fit("anh-thu.jpg", jpeg, SLOT);
            return true;
        } catch (ImageException e) {
            assertTrue(e.getMessage().startsWith("anh-thu.jpg"), e.getMessage());
            return false;
        }
    }

    private static String mutationName(int n) {
        return new String[] {"bit flips", "overwritten bytes", "truncation", "inserted bytes", "segment length", "Huffman counts",
            "huge dimensions", "marker soup"}[n];
    }

    static byte[] mutate(byte[] seed, String how, Random random) {
        byte[] data = seed.clone();
        switch (how) {
            case "bit flips" -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    int at = random.nextInt(data.length);
                    data[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case "overwritten bytes" -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    data[random.nextInt(data.length)] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(256));
                }
            }
            case "truncation" -> data = Arrays.copyOf(data, random.nextInt(data.length));
            case "inserted bytes" -> {
                int at = random.nextInt(data.length);
                byte[] extra = new byte[1 + random.nextInt(16)];
                random.nextBytes(extra);
                byte[] out = new byte[data.length + extra.length];
                System.arraycopy(data, 0, out, 0, at);
                System.arraycopy(extra, 0, out, at, extra.length);
                System.arraycopy(data, at, out, at + extra.length, data.length - at);
                data = out;
            }
            case "segment length" -> {
                int at = marker(data, random, -1);
                if (at >= 0 && at + 3 < data.length) {
                    data[at + 2] = (byte) random.nextInt(256);
                    data[at + 3] = (byte) random.nextInt(256);
                }
            }
            case "Huffman counts" -> {
                int at = marker(data, random, 0xC4);
                if (at >= 0 && at + 21 < data.length) {
                    data[at + 5 + random.nextInt(16)] = (byte) random.nextInt(256);
                }
            }
            case "huge dimensions" -> {
                int at = marker(data, random, 0xC0);
                if (at < 0) {
                    at = marker(data, random, 0xC2);
                }
                if (at >= 0) {
                    int height = random.nextBoolean() ? 65535 : random.nextInt(65536);
                    int width = random.nextBoolean() ? 65535 : random.nextInt(65536);
                    data[at + 5] = (byte) (height >> 8);
                    data[at + 6] = (byte) height;
                    data[at + 7] = (byte) (width >> 8);
                    data[at + 8] = (byte) width;
                }
            }
            default -> {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    int at = 2 + random.nextInt(Math.max(1, data.length - 3));
                    data[at] = (byte) 0xFF;
                    data[at + 1] = (byte) (0xC0 + random.nextInt(64));
                }
            }
        }
        return data;
    }

    /** The offset of a marker (a given one, or any segment marker when {@code code} is -1), or -1. */
    private static int marker(byte[] data, Random random, int code) {
        List<Integer> found = new ArrayList<>();
        int at = 2;
        while (at + 4 <= data.length && (data[at] & 0xFF) == 0xFF) {
            int marker = data[at + 1] & 0xFF;
            if (code < 0 || marker == code) {
                found.add(at);
            }
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF));
        }
        return found.isEmpty() ? -1 : found.get(random.nextInt(found.size()));
    }

    private static String hex(byte[] data) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(data.length, 64); i++) {
            out.append(String.format("%02x", data[i]));
        }
        return out + (data.length > 64 ? "… (" + data.length + " bytes)" : "");
    }
}
