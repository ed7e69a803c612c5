package org.evtwin.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetKind;

/** The provenance of a data set as label/value lines for the details pane (what, from where, how, when, how much). */
public final class Provenance {
    /** One line of the details pane. */
    public record Line(String label, String value) {
    }

    private Provenance() {
    }

    public static List<Line> of(DataSetInfo d) {
        List<Line> out = new ArrayList<>();
        out.add(new Line("Name", d.name()));
        out.add(new Line("Id", Long.toString(d.id())));
        out.add(new Line("Kind", d.kind() == DataSetKind.IMPORT ? "imported file" : "live session"));
        out.add(new Line("State", d.state().name().toLowerCase(Locale.ROOT)));
        if (d.kind() == DataSetKind.IMPORT) {
            out.add(new Line("File", d.sourceName()));
            out.add(new Line("Size", Formats.bytes(d.sourceBytes()) + " (" + Formats.count(d.sourceBytes())
                    + " bytes)"));
            out.add(new Line("SHA-256", d.sha256()));
        } else {
            out.add(new Line("Source", d.sourceName()));
            out.add(new Line("Vehicle", d.vehicle().isEmpty() ? "–" : d.vehicle()));
        }
        out.add(new Line("Format", d.format()));
        out.add(new Line("Mapping", d.mappingJson().isEmpty() ? "none needed" : mappingSummary(d)));
        out.add(new Line("Started", Formats.when(d.createdAt())));
        out.add(new Line("Completed", Formats.when(d.completedAt())));
        out.add(new Line("Rows accepted", Formats.count(d.acceptedRows())));
        out.add(new Line("Rows rejected", Formats.count(d.rejectedRows())));
        if (d.kind() == DataSetKind.LIVE) {
            out.add(new Line("Duplicate rows", Formats.count(d.duplicateRows())));
        }
        out.add(new Line("Time span", Formats.span(d.firstTimeS(), d.lastTimeS())));
        out.add(new Line("First / last time", Double.isNaN(d.firstTimeS()) ? "–" : String.format(Locale.ROOT,
                "%.3f s / %.3f s", d.firstTimeS(), d.lastTimeS())));
        out.add(new Line("Channels", Integer.toString(d.channels().size())));
        return out;
    }

    /** "Voltage_measured [mV] → cell_0_voltage_v [V]" per mapped channel, one per line. */
    static String mappingSummary(DataSetInfo d) {
        StringBuilder b = new StringBuilder();
        for (var c : d.channels()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(c.sourceColumn().isEmpty() ? "–" : c.sourceColumn());
            if (!c.sourceUnit().isEmpty()) {
                b.append(" [").append(c.sourceUnit()).append(']');
            }
            b.append(" → ").append(c.channel().columnName()).append(" [").append(Formats.unit(c.unit())).append(']');
        }
        return b.toString();
    }
}
