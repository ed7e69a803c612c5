package org.evtwin.core.sim.experiment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.evtwin.core.sim.experiment.Lexer.Kind;
import org.evtwin.core.sim.experiment.Lexer.Token;

/** Checks the profile name of a {@code Run} step against the names the caller knows. */
final class Profiles {

    private static final int LISTED = 20;

    /** Known names, sorted ignoring case; {@code null} when names are not checked. */
    private final List<String> known;

    Profiles(Set<String> knownProfiles) {
        List<String> names = knownProfiles == null ? List.of() : knownProfiles.stream()
                .filter(Objects::nonNull)
                .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
                .toList();
        this.known = names.isEmpty() ? null : names;
    }

    /** The name as spelled in the known set (exact match first, then ignoring case), or as written if unchecked. */
    String resolve(Cursor c, Token name) {
        String raw = name.kind() == Kind.STRING ? name.text().substring(1, name.text().length() - 1).strip()
                : name.text();
        if (raw.isEmpty()) {
            throw c.error(name, name, "the profile name is empty");
        }
        if (known == null || known.contains(raw)) {
            return raw;
        }
        for (String k : known) {
            if (k.equalsIgnoreCase(raw)) {
                return k;
            }
        }
        String hint = Suggest.closest(raw, known);
        List<String> listed = known.subList(0, Math.min(LISTED, known.size()));
        String more = known.size() > listed.size() ? " and " + (known.size() - listed.size()) + " more" : "";
        throw c.error(name, name, "unknown drive profile" + (hint != null ? "; did you mean \"" + hint + "\"?" : "")
                + " (known: " + String.join(", ", listed) + more + ")");
    }
}
