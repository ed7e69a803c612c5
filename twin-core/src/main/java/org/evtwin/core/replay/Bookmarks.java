package org.evtwin.core.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named times of a recording, kept in memory (the store may persist them). Thread-safe: the UI adds and lists, the
 * replay thread looks up.
 */
public final class Bookmarks {
    /** A named time [s] (recording time). */
    public record Bookmark(String name, double timeS) {
    }

    private final Map<String, Double> byName = new ConcurrentHashMap<>();
    private final double startS;
    private final double endS;

    /** Bookmarks of a recording spanning {@code startS}…{@code endS}. */
    public Bookmarks(double startS, double endS) {
        this.startS = startS;
        this.endS = endS;
    }

    /**
     * Adds or moves a bookmark.
     *
     * @throws IllegalArgumentException for a blank name or a time outside the recording
     */
    public void put(String name, double timeS) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bookmark name must not be blank");
        }
        if (!(timeS >= startS && timeS <= endS)) {
            throw new IllegalArgumentException("bookmark \"" + name + "\": time " + timeS + " s is outside the"
                    + " recording (" + startS + " to " + endS + " s)");
        }
        byName.put(name.strip(), timeS);
    }

    /** Removes a bookmark; returns whether it existed. */
    public boolean remove(String name) {
        return byName.remove(name.strip()) != null;
    }

    /**
     * The time of a bookmark.
     *
     * @throws IllegalArgumentException if there is none of that name (the message lists the names)
     */
    public double timeOf(String name) {
        Double t = byName.get(name.strip());
        if (t == null) {
            throw new IllegalArgumentException("no bookmark \"" + name + "\"; bookmarks: "
                    + (byName.isEmpty() ? "none" : String.join(", ", list().stream().map(Bookmark::name).toList())));
        }
        return t;
    }

    /** All bookmarks in time order (then by name). */
    public List<Bookmark> list() {
        List<Bookmark> out = new ArrayList<>();
        byName.forEach((n, t) -> out.add(new Bookmark(n, t)));
        out.sort(Comparator.comparingDouble(Bookmark::timeS).thenComparing(Bookmark::name));
        return out;
    }
}
