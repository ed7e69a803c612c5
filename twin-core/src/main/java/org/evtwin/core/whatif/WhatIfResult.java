package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a what-if run produced. A run never throws for inputs the cells cannot meet: invalid inputs give
 * {@link Status#INVALID} with {@link #problems()}, a request the cells cannot carry out (a charge rate above the
 * cell's limit, an ambient below the charge temperature window) gives {@link Status#OK} with the reason in
 * {@link NearTerm#reasons()}, and a failure of the solver or the projection gives {@link Status#FAILED} with its
 * message.
 *
 * @param status     how the run ended
 * @param inputs     the inputs it ran with
 * @param problems   invalid inputs or the failure message (empty when {@code status} is OK)
 * @param nearTerm   the fast charge (null unless OK)
 * @param pack       the long-term projection of the pack's mean cell (null unless OK)
 * @param pickedCell the projection of the picked cell, only when its factors differ from 1 (null otherwise)
 */
public record WhatIfResult(Status status, WhatIfInputs inputs, List<String> problems, NearTerm nearTerm,
        Projection pack, Projection pickedCell) {

    /** How a run ended. */
    public enum Status {
        /** Computed; the near term and the pack projection are present. */
        OK,
        /** The inputs are invalid; see the problems. */
        INVALID,
        /** The caller cancelled it (a newer slider value arrived). */
        CANCELLED,
        /** The solver or the projection failed; the problem is the message. */
        FAILED
    }

    /** Copies the problem list. */
    public WhatIfResult {
        problems = List.copyOf(problems);
    }

    static WhatIfResult invalid(WhatIfInputs inputs, List<String> problems) {
        return new WhatIfResult(Status.INVALID, inputs, problems, null, null, null);
    }

    static WhatIfResult cancelled(WhatIfInputs inputs) {
        return new WhatIfResult(Status.CANCELLED, inputs, List.of(), null, null, null);
    }

    static WhatIfResult failed(WhatIfInputs inputs, String message) {
        return new WhatIfResult(Status.FAILED, inputs, List.of(message), null, null, null);
    }

    /** The picked cell's projection, when its factors differ from 1. */
    public Optional<Projection> pickedCellProjection() {
        return Optional.ofNullable(pickedCell);
    }

    /**
     * Everything the user should read next to the figures, most important first: invalid inputs or a failure, then
     * what the cells could not meet in the fast charge, then remarks on the projections. Empty when all went as asked.
     */
    public List<String> reasons() {
        List<String> all = new ArrayList<>(problems);
        if (nearTerm != null) {
            all.addAll(nearTerm.reasons());
        }
        if (pack != null) {
            all.addAll(pack.notes());
        }
        if (pickedCell != null) {
            pickedCell.notes().forEach(n -> all.add(pickedCell.subject() + ": " + n));
        }
        return List.copyOf(all);
    }

    /** {@link #reasons()} joined into one line ("" when there are none). */
    public String inlineReason() {
        return String.join("; ", reasons());
    }
}
