package org.evtwin.app.whatif;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evtwin.core.whatif.WhatIfResult;

/** One figure row: a label and the baseline and what-if values as text with units. */
public final class WhatIfFigure {
    private final String id;
    private final String label;
    private final ReadOnlyStringWrapper baseline = new ReadOnlyStringWrapper(WhatIfFormat.NONE);
    private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper(WhatIfFormat.NONE);

    private WhatIfFigure(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The rows, in display order (ids as in {@link WhatIfFormat#figure}). */
    static List<WhatIfFigure> all() {
        return List.of(new WhatIfFigure("start", "Fast charge starts at"),
                new WhatIfFigure("peak", "Peak cell temperature"),
                new WhatIfFigure("t80", "Time to 80 % SoC"),
                new WhatIfFigure("charge", "Charge to the limit"),
                new WhatIfFigure("dod", "Daily depth (DoD)"),
                new WhatIfFigure("temp", "Cell temp., long term"),
                new WhatIfFigure("soh5", "SoH after 5 years"),
                new WhatIfFigure("y80", "80 % SoH after"),
                new WhatIfFigure("y70", "70 % SoH after"),
                new WhatIfFigure("picked80", "Picked cell: 80 % SoH"));
    }

    void update(WhatIfResult base, WhatIfResult shown) {
        baseline.set(WhatIfFormat.figure(id, base));
        whatIf.set(WhatIfFormat.figure(id, shown));
    }

    /** Stable identifier (node ids {@code baseline-<id>}, {@code whatif-<id>}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public ReadOnlyStringProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    /** True when the what-if differs from the baseline (the view highlights it). */
    public boolean differs() {
        return !baseline.get().equals(whatIf.get());
    }
}
