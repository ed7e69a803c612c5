package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers are read exactly (what Double.toString wrote comes back bit for bit) and classified. */
class NumberReaderTest {
    private static int read(NumberReader r, String s) {
        char[] c = ("xx" + s + "yy").toCharArray();
        return r.read(c, 2, s.length());
    }

    @Test
    void everyDoubleReadsBackExactly() {
        NumberReader point = new NumberReader(false);
        NumberReader comma = new NumberReader(true);
        SplittableRandom rnd = new SplittableRandom(20_261_122);
        for (int i = 0; i < 200_000; i++) {
            // random bit patterns cover subnormals, huge and tiny exponents; every 4th a value of everyday size
            double d = i % 4 == 0 ? rnd.nextDouble(-500, 500) : Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            String s = Double.toString(d);
            assertEquals(NumberReader.OK, read(point, s), s);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(point.value), s);
            assertEquals(NumberReader.OK, read(comma, s.replace('.', ',')), s);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(comma.value), s);
        }
    }

    @Test
    void classification() {
        NumberReader r = new NumberReader(false);
        assertEquals(NumberReader.OK, read(r, " 42 "));
        assertEquals(42.0, r.value);
        assertEquals(NumberReader.OK, read(r, "-.5e-3"));
        assertEquals(-5e-4, r.value);
        assertEquals(NumberReader.OK, read(r, "-0.0"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(r.value));
        assertEquals(NumberReader.EMPTY, read(r, ""));
        assertEquals(NumberReader.EMPTY, read(r, " \t "));
        for (String s : new String[] {"abc", "1.2.3", "--1", "1e", "+", ".", "0x1p3", "1d", "5f", "1,5", "3 V"}) {
            assertEquals(NumberReader.NOT_A_NUMBER, read(r, s), s);
        }
        for (String s : new String[] {"NaN", "nan", "-NaN"}) {
            assertEquals(NumberReader.NAN, read(r, s), s);
        }
        for (String s : new String[] {"inf", "-Inf", "+Infinity", "-infinity", "∞"}) {
            assertEquals(NumberReader.INFINITE, read(r, s), s);
        }
        assertEquals(NumberReader.OVERFLOW, read(r, "1e400"));
        assertEquals(NumberReader.OVERFLOW, read(r, "-1" + "0".repeat(400)));
        assertEquals(NumberReader.OK, read(r, "1e-400"));
        assertEquals(0.0, r.value, "underflow is zero, as Double.parseDouble gives");
        NumberReader comma = new NumberReader(true);
        assertEquals(NumberReader.NOT_A_NUMBER, read(comma, "1.5"));
        assertEquals(NumberReader.OK, read(comma, "1,5"));
        assertEquals(1.5, comma.value);
    }
}
