/**
 * The experiment language: a test protocol written as text, one step per line, parsed by
 * {@link org.evtwin.core.sim.experiment.Experiment#parse(String, java.util.Set)} into immutable steps in SI units.
 *
 * <pre>
 * # 1C discharge, rest, CC-CV charge, three times
 * Repeat 3 times:
 *     Discharge at 1C until 2.5 V
 *     Rest for 30 min
 *     Charge at 0.5C until 4.2 V
 *     Hold at 4.2 V until C/20
 * End
 * Run US06 2 times or until 3.0 V
 * </pre>
 *
 * <h2>Grammar</h2>
 * Keywords and units are matched ignoring case; spaces between a number and its unit are optional
 * ({@code 2.5V} = {@code 2.5 V}).
 *
 * <pre>
 * experiment = { line } ;
 * line       = [ item { ";" item } ] [ "#" comment ] ;        (* blank lines and comments are ignored *)
 * item       = step | repeat | "End" ;
 * repeat     = "Repeat" count ( "times" | "time" ) [ ":" ] [ item ] ;   (* block runs to the matching "End" *)
 * step       = ( "Discharge" | "Charge" ) "at" demand limits
 *            | "Rest" "for" duration
 *            | "Hold" "at" voltage limits                      (* "until" takes a current here *)
 *            | "Run" profile [ count ( "times" | "time" ) ] [ limits ] ;
 * limits     = limit [ [ "or" ] limit ] ;                      (* each kind at most once; first reached ends *)
 * limit      = "for" duration | "until" ( voltage | current ) ;
 * demand     = crate | number ( "A" | "mA" | "W" | "kW" ) ;
 * current    = crate | number ( "A" | "mA" ) ;
 * crate      = number "C" | "C/" number ;                      (* 1C, 0.5C, C/3, C/20 *)
 * voltage    = number ( "V" | "mV" ) ;                         (* a cell voltage, 0 &lt; V &lt;= 10 *)
 * duration   = number ( "s" | "sec" | "second(s)" | "min" | "minute(s)" | "h" | "hr" | "hour(s)" | "day(s)" ) ;
 * profile    = word | '"' text '"' ;                           (* e.g. US06, UDDS, WLTC, HWFET *)
 * count      = whole number &gt;= 1 ;
 * number     = [ "+" | "-" ] digits [ "." digits ] | "." digits ;
 * </pre>
 *
 * Long spellings are accepted too: {@code amp(s)}, {@code ampere(s)}, {@code watt(s)}, {@code volt(s)},
 * {@code secs}, {@code mins}, {@code hrs}.
 *
 * <h2>Meaning</h2>
 * <ul>
 *   <li>{@code Discharge} gives a positive demand, {@code Charge} a negative one (the core's sign convention);
 *       numbers are always written positive. A C-rate stays a plain number [1/h]; currents are stored in A,
 *       powers in W. Whether a demand is per cell or per pack is the simulator's decision.</li>
 *   <li>{@code until} on Discharge, Charge and Run is a terminal voltage [V], reached from above on discharge and
 *       from below on charge. Discharge, Charge and Hold need at least one limit; Rest needs its duration.</li>
 *   <li>{@code Hold at 4.2 V until C/20} ends when the current magnitude falls below capacity/20 per hour;
 *       {@code until 50 mA} below 0.05 A.</li>
 *   <li>{@code Run US06 3 times} becomes three steps. The name is checked against the known profiles given to
 *       the parser, if any, and kept as spelled there.</li>
 *   <li>Repeat blocks nest; the expanded experiment may have at most
 *       {@value org.evtwin.core.sim.experiment.Experiment#MAX_STEPS} steps.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Every mistake raises an {@link org.evtwin.core.sim.experiment.ExperimentParseException} with the line, column and
 * length of the offending word and a one-line message such as
 * {@code line 2, column 17: "untill" — expected "until" or "for"}.
 */
package org.evtwin.core.sim.experiment;
