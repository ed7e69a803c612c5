# RUL evaluation plots for docs/rul.md. Run from this folder after the two `twin rul eval ... --points` commands of
# docs/rul.md have written nasa_loco_points.csv and severson_points.csv:   gnuplot plot.gp
set datafile separator ','
set terminal pngcairo size 1200,820 enhanced font 'DejaVu Sans,11'
set grid lc rgb '#dddddd'
set key inside right top vertical Left reverse samplen 2
is(c) = strcol(1) eq c

# 1. NASA leave-one-cell-out: predicted RUL with its 90 % interval against the true remaining cycles.
set output 'nasa-loco-rul.png'
set multiplot layout 2,1 title 'NASA 18650 cells, leave-one-cell-out (model refitted without the cell), EOL 1.4 Ah'
do for [c in 'B0005 B0006'] {
    set xrange [0:130]
    set xlabel 'cycle (discharge number)'
    set ylabel 'remaining cycles to 1.4 Ah'
    plot 'nasa_loco_points.csv' every ::1 using 2:((is(c) && strcol(4) eq 'OK') ? $6 : NaN):7 with filledcurves \
             lc rgb '#c6dbef' title '90 % interval', \
         '' every ::1 using 2:((is(c) && strcol(4) eq 'OK') ? $5 : NaN) with lines lw 2 lc rgb '#1f77b4' \
             title sprintf('%s predicted', c), \
         '' every ::1 using 2:(is(c) ? $3 : NaN) with lines lw 2 dt 2 lc rgb '#d62728' title 'true', \
         '' every ::1 using 2:((is(c) && strcol(4) ne 'OK') ? 0 : NaN) with points pt 7 ps 0.6 lc rgb '#444444' \
             title 'no number (outside domain)'
}
unset multiplot

# 2. NASA: predicted end-of-life cycle (cycle + predicted RUL) for the two cells that reach it and censored B0007.
set autoscale x
set output 'nasa-loco-eol.png'
set title 'NASA: predicted end-of-life cycle at each cycle (true: B0005 125, B0006 109; B0007 > 168, censored)'
set xlabel 'cycle at which the prediction is made'
set ylabel 'predicted end-of-life cycle'
set key inside left top
plot 'nasa_loco_points.csv' every ::1 using 2:((is('B0005') && strcol(4) eq 'OK') ? $2 + $5 : NaN) \
         with lines lw 2 lc rgb '#1f77b4' title 'B0005', \
     125 with lines dt 2 lc rgb '#1f77b4' title 'B0005 true', \
     '' every ::1 using 2:((is('B0006') && strcol(4) eq 'OK') ? $2 + $5 : NaN) \
         with lines lw 2 lc rgb '#2ca02c' title 'B0006', \
     109 with lines dt 2 lc rgb '#2ca02c' title 'B0006 true', \
     '' every ::1 using 2:((is('B0007') && strcol(4) eq 'OK') ? $2 + $5 : NaN) \
         with lines lw 2 lc rgb '#9467bd' title 'B0007 (record ends at 168)', \
     168 with lines dt 3 lc rgb '#9467bd' title 'end of B0007 record'

# 3. Severson: predicted vs true cycle life per split, beside the variance model.
set output 'severson-pred-vs-true.png'
set title 'Severson 2019 LFP cells: cycle life from cycles 2, 10 and 100 (discharge-model features; trained on the train split only)'
set xlabel 'true cycle life'
set ylabel 'predicted cycle life'
set logscale xy
set xrange [100:3000]
set yrange [100:5000]
set key inside left top
plot x with lines lc rgb '#888888' dt 2 title 'perfect', \
     'severson_points.csv' every ::1 using (is('test1') ? $3 : NaN):4 with points pt 7 ps 1.0 lc rgb '#d62728' \
         title 'primary test: model', \
     '' every ::1 using (is('test2') ? $3 : NaN):4 with points pt 5 ps 1.0 lc rgb '#2ca02c' \
         title 'secondary test: model', \
     '' every ::1 using (is('train') ? $3 : NaN):4 with points pt 6 ps 0.8 lc rgb '#1f77b4' title 'train (in sample)', \
     '' every ::1 using ((is('test1') || is('test2')) ? $3 : NaN):9 with points pt 2 ps 0.8 lc rgb '#ff7f0e' \
         title 'tests: variance model', \
     '' every ::1 using ((strcol(7) eq 'OUTSIDE_DOMAIN') ? $3 : NaN):4 with points pt 4 ps 2.2 lc rgb '#000000' \
         title 'flagged outside the training domain'
unset logscale
