package dev.bulkhead.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map made of disjoint maps (one per environment), so that the whole model's per-tenant
 * results cost nothing to assemble after an edit to one environment.
 */
final class MergedMap<K, V> extends AbstractMap<K, V> {
    private final List<Map<K, V>> parts;
    private final int size;

    MergedMap(List<Map<K, V>> parts) {
        this.parts = List.copyOf(parts);
        this.size = parts.stream().mapToInt(Map::size).sum();
    }

    @Override
    public V get(Object key) {
        for (Map<K, V> part : parts) {
            V value = part.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int part;
                    private Iterator<Entry<K, V>> current = parts.isEmpty() ? null : parts.get(0).entrySet().iterator();

                    @Override
                    public boolean hasNext() {
                        while (current != null && !current.hasNext()) {
                            part++;
                            current = part < parts.size() ? parts.get(part).entrySet().iterator() : null;
                        }
                        return current != null;
                    }

                    @Override
                    public Entry<K, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return current.next();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
