package org.evtwin.core.sim.drive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.evtwin.core.TwinException;

/**
 * Reads drive-cycle CSV files into {@link DriveProfile}s, converting to SI units.
 *
 * <p>Two layouts are understood, both comma-separated with one time column and one value column:
 * <ul>
 *   <li><b>Header line</b> (FASTSim speed schedules): the first non-comment line names the columns, e.g.
 *       {@code cycSecs,cycMps,cycGrade,cycRoadType}; extra columns are ignored. A leading UTF-8 byte-order mark
 *       and CRLF line ends are accepted.</li>
 *   <li><b>Header in a comment</b> (PyBaMM load profiles): lines starting with {@code #} come first, the last of
 *       them that names a time column is the header, e.g. {@code # time [s],current [A]}, and every other line is
 *       data.</li>
 * </ul>
 * Column names are matched ignoring case and surrounding blanks. Time: {@code cycSecs} or {@code time [s]}. Value
 * (exactly one): {@code cycMps} or {@code speed [m/s]} (speed, m/s), {@code speed [km/h]} (divided by 3.6),
 * {@code current [A]} (A), {@code power [W]} (W), {@code power [kW]} (multiplied by 1000). Current and power are
 * taken as positive = discharge, which is the convention of the PyBaMM files as well as of the twin; nothing is
 * sign-flipped.
 *
 * <p>Every problem is reported as a {@link TwinException} whose message names the file, the line (1-based,
 * counting comment and blank lines), the column (1-based, with its header name) and the rule that was broken.
 */
public final class DriveProfileReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private DriveProfileReader() {
    }

    /**
     * Reads a UTF-8 file; the profile is named after the file name without its extension.
     *
     * @param file the CSV file
     * @return the profile, in SI units, with the file path as its source
     * @throws TwinException if the file cannot be read or breaks a rule of the format
     */
    public static DriveProfile read(Path file) {
        String label = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, label, baseName(file.getFileName() == null ? label : file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            throw new TwinException("file " + label + ": not found (rule: the file must exist)", e);
        } catch (IOException e) {
            throw new TwinException("file " + label + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a UTF-8 classpath resource, e.g. {@code /org/evtwin/sample-data/drive-cycles/speed/us06.csv}; the
     * profile is named after the resource's file name without its extension.
     *
     * @param resourcePath absolute class-path resource name
     * @return the profile, in SI units, with {@code classpath:<resourcePath>} as its source
     * @throws TwinException if the resource is missing or breaks a rule of the format
     */
    public static DriveProfile readResource(String resourcePath) {
        String label = "classpath:" + resourcePath;
        InputStream stream = DriveProfileReader.class.getResourceAsStream(resourcePath);
        if (stream == null) {
            throw new TwinException("file " + label + ": not found on the class path (rule: built-in drive cycles "
                    + "are packaged under /org/evtwin/sample-data/drive-cycles/)");
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(in, label, baseName(resourcePath.substring(resourcePath.lastIndexOf('/') + 1)));
        } catch (IOException e) {
            throw new TwinException("file " + label + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param in          the text; not closed here
     * @param fileLabel   how errors and {@link DriveProfile#source()} name the file
     * @param profileName the profile's name
     * @return the profile, in SI units, with {@code fileLabel} as its source
     * @throws IOException   if reading {@code in} fails
     * @throws TwinException if the text breaks a rule of the format
     */
    public static DriveProfile read(Reader in, String fileLabel, String profileName) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Columns columns = null;
        Columns commentHeader = null;
        double[] t = new double[256];
        double[] v = new double[256];
        int n = 0;
        int lastDataLine = 0;
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("#")) {
                if (columns == null) {
                    Columns c = Columns.parse(text.substring(1), lineNo);
                    if (c.timeIndex >= 0) {
                        commentHeader = c;
                    }
                }
                continue;
            }
            String[] cells = text.split(",", -1);
            if (columns == null) {
                if (!NUMBER.matcher(cells[0].strip()).matches()) {
                    columns = Columns.parse(text, lineNo).requireComplete(fileLabel);
                    continue;
                }
                if (commentHeader == null) {
                    throw new TwinException("file " + fileLabel + ", line " + lineNo + ": no header before the "
                            + "first data row (rule: a header line such as 'cycSecs,cycMps' or a comment such as "
                            + "'# time [s],current [A]' names the columns)");
                }
                columns = commentHeader.requireComplete(fileLabel);
            }
            double time = cell(cells, columns.timeIndex, columns, fileLabel, lineNo);
            double value = cell(cells, columns.valueIndex, columns, fileLabel, lineNo) * columns.unit.toSi;
            if (n > 0 && !(time > t[n - 1])) {
                throw new TwinException(where(fileLabel, lineNo, columns, columns.timeIndex) + ": time " + time
                        + " s is not after " + t[n - 1] + " s on line " + lastDataLine
                        + " (rule: time is strictly increasing)");
            }
            if (columns.unit.kind == DriveProfile.Kind.SPEED_M_PER_S && value < 0.0) {
                throw new TwinException(where(fileLabel, lineNo, columns, columns.valueIndex) + ": speed " + value
                        + " m/s is negative (rule: speed >= 0)");
            }
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
                v = Arrays.copyOf(v, 2 * n);
            }
            t[n] = time;
            v[n] = value;
            n++;
            lastDataLine = lineNo;
        }
        if (columns == null && commentHeader != null) {
            commentHeader.requireComplete(fileLabel);
        }
        if (n < 2) {
            throw new TwinException("file " + fileLabel + ": " + n + " data row(s) (rule: a drive cycle has at "
                    + "least 2 rows)");
        }
        DriveProfile.Kind kind = columns.unit.kind;
        return new DriveProfile(profileName, kind, fileLabel, Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }

    private static double cell(String[] cells, int index, Columns columns, String fileLabel, int lineNo) {
        if (index >= cells.length) {
            throw new TwinException(where(fileLabel, lineNo, columns, index) + ": missing, the row has only "
                    + cells.length + " cell(s) (rule: every row has the header's columns)");
        }
        String s = cells[index].strip();
        if (!NUMBER.matcher(s).matches()) {
            throw new TwinException(where(fileLabel, lineNo, columns, index) + ": '" + s + "' is not a number "
                    + "(rule: cells are finite decimal numbers, '.' as decimal point)");
        }
        return Double.parseDouble(s);
    }

    private static String where(String fileLabel, int lineNo, Columns columns, int index) {
        return "file " + fileLabel + ", line " + lineNo + ", column " + (index + 1) + " ('" + columns.names[index]
                + "')";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A recognised value column: what it holds and the factor to SI. */
    private enum Unit {
        SPEED_M_PER_S(DriveProfile.Kind.SPEED_M_PER_S, 1.0, "cycmps", "speed [m/s]"),
        SPEED_KM_PER_H(DriveProfile.Kind.SPEED_M_PER_S, 1.0 / 3.6, "speed [km/h]"),
        CURRENT_A(DriveProfile.Kind.CURRENT_A, 1.0, "current [a]"),
        POWER_W(DriveProfile.Kind.POWER_W, 1.0, "power [w]"),
        POWER_KW(DriveProfile.Kind.POWER_W, 1000.0, "power [kw]");

        final DriveProfile.Kind kind;
        final double toSi;
        final String[] headers;

        Unit(DriveProfile.Kind kind, double toSi, String... headers) {
            this.kind = kind;
            this.toSi = toSi;
            this.headers = headers;
        }

        static Unit of(String normalisedHeader) {
            for (Unit u : values()) {
                if (Arrays.asList(u.headers).contains(normalisedHeader)) {
                    return u;
                }
            }
            return null;
        }
    }

    /** The header of one file: column names and where time and value sit. */
    private static final class Columns {
        final String[] names;
        final int lineNo;
        int timeIndex = -1;
        int valueIndex = -1;
        int valueCount;
        Unit unit;

        private Columns(String[] names, int lineNo) {
            this.names = names;
            this.lineNo = lineNo;
        }

        static Columns parse(String headerText, int lineNo) {
            String[] names = headerText.split(",", -1);
            Columns c = new Columns(names, lineNo);
            for (int i = 0; i < names.length; i++) {
                names[i] = names[i].strip();
                String key = names[i].toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (c.timeIndex < 0 && (key.equals("cycsecs") || key.equals("time [s]"))) {
                    c.timeIndex = i;
                } else if (Unit.of(key) != null) {
                    c.valueCount++;
                    if (c.valueIndex < 0) {
                        c.valueIndex = i;
                        c.unit = Unit.of(key);
                    }
                }
            }
            return c;
        }

        Columns requireComplete(String fileLabel) {
            String at = "file " + fileLabel + ", line " + lineNo + ": header '" + String.join(",", names) + "' ";
            if (timeIndex < 0) {
                throw new TwinException(at + "has no time column (rule: one column named 'cycSecs' or 'time [s]')");
            }
            if (valueIndex < 0) {
                throw new TwinException(at + "has no value column (rule: one column named 'cycMps', 'speed [m/s]', "
                        + "'speed [km/h]', 'current [A]', 'power [W]' or 'power [kW]')");
            }
            if (valueCount > 1) {
                throw new TwinException(at + "has " + valueCount + " value columns (rule: exactly one of speed, "
                        + "current or power per file)");
            }
            return this;
        }
    }
}
