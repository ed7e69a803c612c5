# Model vs measurement plots for docs/validation.md.
# Run from this folder after RegenerateArtifacts has written data/*.csv:   gnuplot plot.gp
# Each CSV: time_s, measured, model, error (model - measured).
set datafile separator ','
set terminal pngcairo size 1200,820 enhanced font 'DejaVu Sans,11'
set grid lc rgb '#dddddd'
set key outside right top vertical Left reverse samplen 2
colors = "#1f77b4 #d62728 #2ca02c #9467bd #ff7f0e"

# Two stacked panels: values (top) and model - measured (bottom).

do for [fig = 1:6] {
    if (fig == 1) { out = 'leaf-voltage.png'; stems = 'leaf-1C-voltage leaf-2C-voltage leaf-3C-voltage'; \
        labels = '1C 2C 3C'; ylab = 'terminal voltage [V]'; scale = 1000.0; errlab = 'model - measured [mV]'; \
        ttl = 'Nissan Leaf cell (ORNL): constant-current discharges, terminal voltage' }
    if (fig == 2) { out = 'leaf-temperature.png'; \
        stems = 'leaf-1C-surface-temperature leaf-2C-surface-temperature leaf-3C-surface-temperature'; \
        labels = '1C(fit) 2C 3C'; ylab = 'surface temperature [degC]'; scale = 1.0; errlab = 'model - measured [K]'; \
        ttl = 'Nissan Leaf cell (ORNL): mean of TC1-TC3 during discharge and rest (1C used for the thermal fit)' }
    if (fig == 3) { out = 'nasa-b0005-voltage.png'; \
        stems = 'nasa-B0005-dis2-voltage nasa-B0005-dis40-voltage nasa-B0005-dis80-voltage nasa-B0005-dis120-voltage nasa-B0005-dis160-voltage'; \
        labels = 'dis2 dis40 dis80 dis120 dis160'; ylab = 'terminal voltage [V]'; scale = 1000.0; \
        errlab = 'model - measured [mV]'; ttl = 'NASA B0005 (fitted cell): 2 A discharges at increasing age, terminal voltage' }
    if (fig == 4) { out = 'nasa-b0006-voltage.png'; \
        stems = 'nasa-B0006-dis1-voltage nasa-B0006-dis40-voltage nasa-B0006-dis80-voltage nasa-B0006-dis120-voltage nasa-B0006-dis160-voltage'; \
        labels = 'dis1 dis40 dis80 dis120 dis160'; ylab = 'terminal voltage [V]'; scale = 1000.0; \
        errlab = 'model - measured [mV]'; ttl = 'NASA B0006 (other cell, B0005 parameters): 2 A discharges, terminal voltage' }
    if (fig == 5) { out = 'nasa-b0007-voltage.png'; \
        stems = 'nasa-B0007-dis1-voltage nasa-B0007-dis40-voltage nasa-B0007-dis80-voltage nasa-B0007-dis120-voltage nasa-B0007-dis160-voltage'; \
        labels = 'dis1 dis40 dis80 dis120 dis160'; ylab = 'terminal voltage [V]'; scale = 1000.0; \
        errlab = 'model - measured [mV]'; ttl = 'NASA B0007 (other cell, B0005 parameters): 2 A discharges, terminal voltage' }
    if (fig == 6) { out = 'nasa-temperature.png'; \
        stems = 'nasa-B0005-dis2-surface-temperature nasa-B0005-dis160-surface-temperature nasa-B0006-dis1-surface-temperature nasa-B0006-dis160-surface-temperature nasa-B0007-dis80-surface-temperature'; \
        labels = 'B0005-dis2 B0005-dis160 B0006-dis1 B0006-dis160 B0007-dis80'; ylab = 'surface temperature [degC]'; \
        scale = 1.0; errlab = 'model - measured [K]'; ttl = 'NASA 18650 cells: surface temperature during 2 A discharges' }
    set output out
    set multiplot title ttl
    set lmargin 12
    set rmargin 30
    set origin 0, 0.32
    set size 1, 0.64
    set xlabel ''
    set format x ''
    set ylabel ylab
    plot for [i = 1:words(stems)] 'data/'.word(stems, i).'.csv' every ::1 using ($1/60):2 \
            with points pt 7 ps 0.5 lc rgb word(colors, i) title word(labels, i).' measured', \
         for [i = 1:words(stems)] 'data/'.word(stems, i).'.csv' every ::1 using ($1/60):3 \
            with lines lw 2 lc rgb word(colors, i) title word(labels, i).' model'
    set origin 0, 0
    set size 1, 0.34
    set format x '%g'
    set xlabel 'time since start of record [min]'
    set ylabel errlab
    plot for [i = 1:words(stems)] 'data/'.word(stems, i).'.csv' every ::1 using ($1/60):($4*scale) \
            with linespoints pt 7 ps 0.3 lw 1 lc rgb word(colors, i) notitle, 0 with lines lc rgb 'black' dt 2 notitle
    unset multiplot
    unset output
}
