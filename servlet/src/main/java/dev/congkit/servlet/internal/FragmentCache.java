package dev.congkit.servlet.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of rendered fragments. Keys hold everything the output
 * depends on (site instance, widget, language, path, date, parameters), so an entry never goes
 * stale; a new configuration is a new site instance and simply misses. Internal.
 */
public final class FragmentCache {

    private final Map<Object, Fragment> entries;

    public FragmentCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Fragment> eldest) {
                return size() > capacity;
            }
        };
    }

    public Fragment get(Object key, Supplier<Fragment> render) {
        synchronized (entries) {
            Fragment cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Fragment fresh = render.get();
        synchronized (entries) {
            entries.put(key, fresh);
        }
        return fresh;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
