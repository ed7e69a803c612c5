/**
 * The what-if panel: sliders for ambient, cooling, charge rate and limit, the daily window and distance, and a picked
 * cell's capacity and resistance; the near term (a fast charge now) and the long term (SoH over 20 years) of the
 * what-if against the unchanged baseline, as figures and charts. {@link org.evtwin.app.whatif.WhatIfViewModel} holds
 * the state (no scene classes), debounces slider moves and runs the core's
 * {@link org.evtwin.core.whatif.WhatIfEngine} on one background thread with cancellation of stale runs;
 * {@link org.evtwin.app.whatif.WhatIfView} draws it.
 *
 * <p>Wiring: {@code vm = new WhatIfViewModel(topology, engine::fork)}; bind the 3D pick to
 * {@code vm.pickedCellProperty()}; {@code new WhatIfView(vm).root()} into the window; {@code vm.start()} once the twin
 * runs; {@code vm.close()} on exit.
 */
package org.evtwin.app.whatif;
