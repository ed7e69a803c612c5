package org.evtwin.core.ingest.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.telemetry.Channel;

/**
 * FastCSV callback that turns each record's fields straight into doubles in core units, field by field, without a
 * String per field (FastCSV hands out ranges of its buffer). It keeps the first problem of the row (field, rule,
 * text); {@link RowChecks} decides what to do with the row. Before the columns are known (header, or the first row
 * of a file whose header is a comment) it collects the fields as strings instead.
 */
final class RowParser extends AbstractBaseCsvCallbackHandler<RowParser> {
    static final int IGNORE = -1;
    static final int TIME = -2;
    static final int OFFSET = -3;
    static final int DATE = -4;
    static final int CLOCK = -5;

    private final TimeSpec.Kind timeKind;
    private final NumberReader numbers;
    private final TimeReader timeReader;
    final double[] values;
    private final double[] mul;
    private final double[] add;
    private final double[] min;
    private final double[] max;
    private final boolean[] optional;
    private final PhysicalRange[] ranges;
    private final List<Channel> channels;

    private boolean collecting = true;
    final List<String> texts = new ArrayList<>();
    private int[] target = new int[0];
    String[] fieldNames = new String[0];

    // state of the current row
    boolean blank;
    String comment;
    int errorField = -1;
    RejectRule rule;
    String errorText;
    String errorDetail;
    double timeNumber;
    double offsetS;
    String dateText;
    String clockText;

    RowParser(ColumnMapping mapping, boolean decimalComma) {
        this.timeKind = mapping.time().kind();
        this.numbers = new NumberReader(decimalComma);
        this.timeReader = new TimeReader(mapping.time());
        int n = mapping.columns().size();
        this.channels = mapping.channels();
        values = new double[n];
        mul = new double[n];
        add = new double[n];
        min = new double[n];
        max = new double[n];
        optional = new boolean[n];
        ranges = new PhysicalRange[n];
        for (int k = 0; k < n; k++) {
            ColumnSpec c = mapping.columns().get(k);
            double sign = c.sign() == ColumnSpec.Sign.CHARGE_POSITIVE ? -1.0 : 1.0;
            mul[k] = sign * c.scale() * c.unit().factor();
            add[k] = sign * c.unit().offset();
            ranges[k] = PhysicalRange.of(channels.get(k).signal());
            min[k] = ranges[k].min();
            max[k] = ranges[k].max();
            optional[k] = c.optional();
        }
    }

    /** From now on fields are parsed: {@code target[i]} is the channel index of field i, or one of the codes. */
    void columnsKnown(int[] fieldTargets, String[] names) {
        this.target = fieldTargets;
        this.fieldNames = names;
        this.collecting = false;
    }

    boolean collecting() {
        return collecting;
    }

    TimeReader timeReader() {
        return timeReader;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        texts.clear();
        blank = true;
        comment = null;
        errorField = -1;
        rule = null;
    }

    @Override
    protected void handleComment(char[] buf, int off, int len) {
        comment = new String(buf, off, len);
    }

    @Override
    protected void handleField(int idx, char[] buf, int off, int len, boolean quoted) {
        if (blank && (quoted || !isBlank(buf, off, len))) {
            blank = false;
        }
        if (collecting) {
            texts.add(new String(buf, off, len));
            return;
        }
        if (idx >= target.length) {
            if (errorField < 0 && !isBlank(buf, off, len)) {
                fail(idx, RejectRule.EXTRA_COLUMNS, new String(buf, off, len), null);
            }
            return;
        }
        int t = target[idx];
        if (t >= 0) {
            number(t, idx, buf, off, len);
        } else if (t != IGNORE) {
            timeField(t, idx, buf, off, len);
        }
    }

    /** Runs the parsing path over fields collected as strings (the first data row of a LAST_COMMENT file). */
    void replay(List<String> fields) {
        List<String> copy = List.copyOf(fields);
        texts.clear();
        for (int i = 0; i < copy.size(); i++) {
            char[] c = copy.get(i).toCharArray();
            handleField(i, c, 0, c.length, false);
        }
    }

    private void number(int k, int idx, char[] buf, int off, int len) {
        int status = numbers.read(buf, off, len);
        if (status == NumberReader.OK) {
            double raw = numbers.value;
            double v = raw * mul[k];
            if (add[k] != 0) {
                v += add[k];
            }
            if (!(v >= min[k] && v <= max[k]) && errorField < 0) {
                PhysicalRange r = ranges[k];
                fail(idx, RejectRule.OUT_OF_RANGE, new String(buf, off, len), "\"" + text(buf, off, len) + "\" is "
                        + v + " " + channels.get(k).signal().unit() + ", outside " + r.min() + " … " + r.max()
                        + " (" + r.reason() + ")");
            }
            values[k] = v;
        } else if (optional[k] && (status == NumberReader.EMPTY || status == NumberReader.NAN)) {
            values[k] = Double.NaN;
        } else {
            values[k] = Double.NaN;
            numberError(status, idx, buf, off, len);
        }
    }

    private void timeField(int code, int idx, char[] buf, int off, int len) {
        if (code == DATE || code == CLOCK) {
            String s = new String(buf, off, len);
            if (code == DATE) {
                dateText = s;
            } else {
                clockText = s;
            }
        } else if (code == TIME && timeKind == TimeSpec.Kind.ISO_8601) {
            if (!timeReader.iso(buf, off, len) && errorField < 0) {
                fail(idx, RejectRule.UNPARSEABLE_TIME, new String(buf, off, len), "\"" + text(buf, off, len)
                        + "\" is not an ISO-8601 date-time (like 2024-05-01T12:00:00.5 or …Z)");
            }
        } else {
            int status = numbers.read(buf, off, len);
            if (status != NumberReader.OK) {
                numberError(status, idx, buf, off, len);
            } else if (code == OFFSET) {
                offsetS = numbers.value;
            } else {
                timeNumber = timeKind == TimeSpec.Kind.MILLISECONDS ? numbers.value / 1000.0 : numbers.value;
            }
        }
    }

    private void numberError(int status, int idx, char[] buf, int off, int len) {
        if (errorField >= 0) {
            return;
        }
        String q = "\"" + text(buf, off, len) + "\"";
        switch (status) {
            case NumberReader.EMPTY -> fail(idx, RejectRule.EMPTY, "", "empty value, a number is required");
            case NumberReader.NAN -> fail(idx, RejectRule.NAN, new String(buf, off, len), q + " is NaN (not a "
                    + "number), a value is required");
            case NumberReader.INFINITE -> fail(idx, RejectRule.INFINITE, new String(buf, off, len), q + " is "
                    + (new String(buf, off, len).strip().startsWith("-") ? "negative" : "positive") + " infinity");
            case NumberReader.OVERFLOW -> fail(idx, RejectRule.OVERFLOW, new String(buf, off, len), q
                    + " is too large for a double (beyond ±1.8e308)");
            default -> fail(idx, RejectRule.NOT_A_NUMBER, new String(buf, off, len), q + " is not a number");
        }
    }

    private void fail(int idx, RejectRule r, String text, String detail) {
        if (errorField >= 0) {
            return;
        }
        errorField = idx;
        rule = r;
        errorText = text;
        errorDetail = detail;
    }

    /** Time of the current row in seconds (relative to the epoch for absolute kinds); NaN after a time error. */
    double rowTime() {
        switch (timeKind) {
            case SECONDS, MILLISECONDS -> {
                return timeNumber;
            }
            case ISO_8601 -> {
                return timeReader.epoch() == null ? Double.NaN : timeReader.seconds() + offsetS;
            }
            default -> {
                if (!timeReader.dateTime(dateText, clockText)) {
                    return Double.NaN;
                }
                return timeReader.seconds();
            }
        }
    }

    /** Whether the row's first problem (if any) is already known. */
    boolean hasError() {
        return errorField >= 0;
    }

    /** Records a problem found after the fields (time order, date + time). */
    void rowError(int idx, RejectRule r, String text, String detail) {
        fail(idx, r, text, detail);
    }

    int fieldCount() {
        return getFieldCount();
    }

    long line() {
        return getStartingLineNumber();
    }

    boolean comment() {
        return isComment();
    }

    @Override
    protected RecordWrapper<RowParser> buildRecord() {
        return wrapRecord(this);
    }

    private static String text(char[] buf, int off, int len) {
        return Reject.truncate(new String(buf, off, len).strip());
    }

    private static boolean isBlank(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
