package app.yuedu.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded maps that forget the entry used least recently once full: the app's caches of immutable rows and of
 * hints, which a second instance rebuilds by reading them itself, so none of them is state another instance could
 * miss.
 */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {}

    /** A thread-safe map of at most {@code capacity} entries. */
    public static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
