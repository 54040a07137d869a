package dev.congkit.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many posts one client address may make in a window (a minute by default): a sliding-window
 * counter per address, kept only in memory, for the most recent {@value #MAX_ADDRESSES} addresses;
 * nothing is written anywhere. Behind a reverse proxy, let the container give the client's address
 * ({@code RemoteIpValve} on Tomcat), or every citizen shares the proxy's.
 *
 * <p>Example:
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.perMinute(5);
 * if (!limiter.allow(request.getRemoteAddr())) {
 *     response.setStatus(429);
 * }
 * }</pre>
 */
public final class RateLimiter {

    /** The most addresses remembered; the least recently seen is forgotten first. */
    public static final int MAX_ADDRESSES = 10_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /**
     * @param limit  posts allowed per window and address, at least 1
     * @param window the window, at least a second
     */
    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, but was " + limit);
        }
        if (window.toMillis() < 1000) {
            throw new IllegalArgumentException("window: must be at least a second, but was " + window);
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** {@code limit} posts a minute per address. */
    public static RateLimiter perMinute(int limit) {
        return new RateLimiter(limit, Duration.ofMinutes(1), Clock.systemUTC());
    }

    public int limit() {
        return limit;
    }

    /** Counts a post from {@code address} and says whether it is within the limit (a refused post counts too). */
    public boolean allow(String address) {
        long now = clock.millis();
        long slot = now / windowMillis;
        synchronized (windows) {
            Window window = windows.computeIfAbsent(address == null ? "" : address, a -> new Window());
            if (window.slot != slot) {
                window.previous = window.slot == slot - 1 ? window.current : 0;
                window.current = 0;
                window.slot = slot;
            }
            // the previous window's posts weigh by how much of it still lies within the last window
            double elapsed = (double) (now - slot * windowMillis) / windowMillis;
            double seen = window.previous * (1 - elapsed) + window.current;
            window.current++;
            return seen < limit;
        }
    }

    private static final class Window {
        long slot = Long.MIN_VALUE;
        int previous;
        int current;
    }
}
