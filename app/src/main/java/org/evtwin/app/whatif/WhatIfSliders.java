package org.evtwin.app.whatif;

import java.util.List;
import org.evtwin.core.whatif.WhatIfInputs;

/**
 * The what-if sliders in display units and their mapping to {@link WhatIfInputs} (SI units and fractions). Ranges
 * cover the useful span of each input; the charge rate goes above the shipped cells' limits (2C, 1C) on purpose, so
 * the BMS clamp and its inline reason can be seen.
 */
final class WhatIfSliders {
    final WhatIfParameter ambient = new WhatIfParameter("ambient", "Ambient", "°C", -30, 50, 0.5, 1, 25);
    final WhatIfParameter cooling = new WhatIfParameter("cooling", "Cooling (h·A)", "%", 0, 300, 5, 0, 100);
    final WhatIfParameter chargeRate = new WhatIfParameter("chargeRate", "Charge rate", "C", 0.1, 4, 0.05, 2, 1);
    final WhatIfParameter chargeLimit = new WhatIfParameter("chargeLimit", "Charge limit", "%", 50, 100, 1, 0, 90);
    final WhatIfParameter windowMin = new WhatIfParameter("windowMin", "Window low end", "%", 0, 50, 1, 0, 10);
    final WhatIfParameter distance = new WhatIfParameter("distance", "Daily distance", "km", 0, 500, 1, 0, 50);
    final WhatIfParameter days = new WhatIfParameter("days", "Driven days/year", "d", 0, 365, 1, 0, 300);
    final WhatIfParameter capacity = new WhatIfParameter("capacity", "Cell capacity", "%", 50, 120, 1, 0, 100);
    final WhatIfParameter resistance = new WhatIfParameter("resistance", "Cell resistance", "%", 50, 400, 5, 0,
            100);
    private final List<WhatIfParameter> all = List.of(ambient, cooling, chargeRate, chargeLimit, windowMin, distance,
            days, capacity, resistance);

    List<WhatIfParameter> all() {
        return all;
    }

    WhatIfParameter byId(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no what-if slider " + id));
    }

    /** Sets every slider to {@code in} (percent for fractions, km for metres). */
    void set(WhatIfInputs in) {
        ambient.valueProperty().set(in.ambientC());
        cooling.valueProperty().set(100 * in.coolingFactor());
        chargeRate.valueProperty().set(in.chargeCRate());
        chargeLimit.valueProperty().set(100 * in.chargeLimitSoc());
        windowMin.valueProperty().set(100 * in.windowMinSoc());
        distance.valueProperty().set(in.dailyDistanceM() / 1000);
        days.valueProperty().set(in.drivenDaysPerYear());
        capacity.valueProperty().set(100 * in.pickedCapacityFactor());
        resistance.valueProperty().set(100 * in.pickedResistanceFactor());
    }

    /**
     * The inputs the sliders describe, on top of {@code base} (its drive cycle). Each value is taken at its slider's
     * resolution, so sliders set from {@code base} give {@code base} back exactly.
     */
    WhatIfInputs inputs(WhatIfInputs base, int pickedCell) {
        return new WhatIfInputs(ambient.quantized(), cooling.quantized() / 100, chargeRate.quantized(),
                chargeLimit.quantized() / 100, windowMin.quantized() / 100, distance.quantized() * 1000,
                (int) Math.round(days.quantized()), base.driveCycle(), pickedCell, capacity.quantized() / 100,
                resistance.quantized() / 100);
    }
}
