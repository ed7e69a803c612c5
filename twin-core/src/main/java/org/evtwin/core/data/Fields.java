package org.evtwin.core.data;

import org.evtwin.core.TwinException;

/** Parsing of one text field with an error that names file, line, column and rule. */
final class Fields {
    private Fields() {
    }

    static double number(String file, int line, int column, String name, String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw error(file, line, column, name, "empty field, expected a number");
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(file, line, column, name, "not a number \"" + s + "\"");
        }
        if (!Double.isFinite(v)) {
            throw error(file, line, column, name, "not a finite number \"" + s + "\"");
        }
        return v;
    }

    static int integer(String file, int line, int column, String name, String text) {
        double v = number(file, line, column, name, text);
        if (v != Math.rint(v)) {
            throw error(file, line, column, name, "expected an integer, found \"" + text.trim() + "\"");
        }
        return (int) v;
    }

    static TwinException error(String file, int line, int column, String name, String rule) {
        return new TwinException(file + ": line " + line + ", column " + column + " (" + name + "): " + rule);
    }

    static TwinException error(String file, int line, String rule) {
        return new TwinException(file + ": line " + line + ": " + rule);
    }
}
