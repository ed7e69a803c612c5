package org.evtwin.core.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.evtwin.core.TwinException;

/**
 * A position in a parsed JSON document that knows its file and JSON path, so every validation error says
 * {@code file: $.ecm.r0Ohm[1][3]: rule broken (value)}.
 */
final class JsonCursor {
    private final String file;
    private final String path;
    private final JsonNode node;

    JsonCursor(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static JsonCursor root(String file, JsonNode node) {
        return new JsonCursor(file, "$", node);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Parses a document that must be a JSON object; syntax errors name the file, line and column. */
    static JsonCursor parse(java.io.InputStream in, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TwinException(file + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.io.IOException e) {
            throw new TwinException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new TwinException(file + ": $: must be a JSON object");
        }
        return root(file, root);
    }

    /** Checks the {@code schema} field against the one this reader understands. */
    void requireSchema(String expected) {
        String schema = text("schema");
        if (!expected.equals(schema)) {
            throw field("schema").error("unsupported schema \"" + schema + "\", expected \"" + expected + "\"");
        }
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    TwinException error(String rule) {
        return new TwinException(file + ": " + path + ": " + rule);
    }

    /** An error at a path below this node ({@code relative}: e.g. {@code "socKnots[2]"}). */
    TwinException errorAt(String relative, String rule) {
        return new TwinException(file + ": " + path + "." + relative + ": " + rule);
    }

    /**
     * Refuses a field this object does not define: a misspelt optional field would otherwise be ignored and its
     * default used without a word.
     */
    void allowOnly(java.util.Set<String> names) {
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!names.contains(name)) {
                throw errorAt(name, "unknown field; this object has " + String.join(", ", new java.util.TreeSet<>(
                        names)));
            }
        }
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonCursor field(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw new TwinException(file + ": " + path + "." + name + ": required field is missing");
        }
        return new JsonCursor(file, path + "." + name, child);
    }

    JsonCursor object(String name) {
        JsonCursor c = field(name);
        if (!c.node.isObject()) {
            throw c.error("must be a JSON object");
        }
        return c;
    }

    String text(String name) {
        JsonCursor c = field(name);
        if (!c.node.isTextual()) {
            throw c.error("must be a string");
        }
        return c.node.asText();
    }

    String text(String name, String fallback) {
        return has(name) ? text(name) : fallback;
    }

    double number(String name) {
        return field(name).asNumber();
    }

    double number(String name, double fallback) {
        return has(name) ? number(name) : fallback;
    }

    double asNumber() {
        if (!node.isNumber()) {
            throw error("must be a number, found " + describe(node));
        }
        double v = node.asDouble();
        if (!Double.isFinite(v)) {
            throw error("must be finite");
        }
        return v;
    }

    double positive(String name) {
        double v = number(name);
        if (!(v > 0)) {
            throw field(name).error("must be > 0 (found " + v + ")");
        }
        return v;
    }

    double nonNegative(String name, double fallback) {
        if (!has(name)) {
            return fallback;
        }
        double v = number(name);
        if (v < 0) {
            throw field(name).error("must be >= 0 (found " + v + ")");
        }
        return v;
    }

    double fraction(String name, double fallback) {
        if (!has(name)) {
            return fallback;
        }
        double v = number(name);
        if (v < 0 || v > 1) {
            throw field(name).error("must be between 0 and 1 (found " + v + ")");
        }
        return v;
    }

    int positiveInt(String name) {
        JsonCursor c = field(name);
        if (!c.node.canConvertToInt() || !c.node.isIntegralNumber() || c.node.asInt() <= 0) {
            throw c.error("must be a whole number > 0, found " + describe(c.node));
        }
        return c.node.asInt();
    }

    long wholeNumber(String name, long fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonCursor c = field(name);
        if (!c.node.isIntegralNumber() || !c.node.canConvertToLong()) {
            throw c.error("must be a whole number, found " + describe(c.node));
        }
        return c.node.asLong();
    }

    double[] numbers(String name) {
        JsonCursor c = field(name);
        if (!c.node.isArray() || c.node.isEmpty()) {
            throw c.error("must be a non-empty array of numbers");
        }
        double[] out = new double[c.node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new JsonCursor(file, c.path + "[" + i + "]", c.node.get(i)).asNumber();
        }
        return out;
    }

    double[][] matrix(String name, int rows, int columns) {
        JsonCursor c = field(name);
        if (!c.node.isArray() || c.node.size() != rows) {
            throw c.error("must be an array of " + rows + " rows (one per temperature), found " + describe(c.node));
        }
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            JsonCursor row = new JsonCursor(file, c.path + "[" + r + "]", c.node.get(r));
            if (!row.node.isArray() || row.node.size() != columns) {
                throw row.error("must be an array of " + columns + " numbers (one per SoC point), found "
                        + describe(row.node));
            }
            out[r] = new double[columns];
            for (int s = 0; s < columns; s++) {
                out[r][s] = new JsonCursor(file, row.path + "[" + s + "]", row.node.get(s)).asNumber();
            }
        }
        return out;
    }

    JsonCursor element(int r, int s) {
        return new JsonCursor(file, path + "[" + r + "][" + s + "]", node.get(r).get(s));
    }

    private static String describe(JsonNode n) {
        if (n.isArray()) {
            return "an array of " + n.size();
        }
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
