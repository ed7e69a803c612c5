package org.evtwin.core.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Doubles ↔ bytes for {@code sample_data.vals}: big-endian IEEE-754, bit for bit (NaN payloads included). */
final class BlockCodec {
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.BIG_ENDIAN);

    private BlockCodec() {
    }

    static byte[] encode(double[] values, int count) {
        byte[] out = new byte[count * Double.BYTES];
        for (int i = 0; i < count; i++) {
            DOUBLES.set(out, i * Double.BYTES, values[i]);
        }
        return out;
    }

    /** Decodes all values of {@code bytes} into {@code into} (which must be long enough). */
    static int decode(byte[] bytes, double[] into) {
        int n = bytes.length / Double.BYTES;
        for (int i = 0; i < n; i++) {
            into[i] = (double) DOUBLES.get(bytes, i * Double.BYTES);
        }
        return n;
    }

    static double[] decode(byte[] bytes) {
        double[] out = new double[bytes.length / Double.BYTES];
        decode(bytes, out);
        return out;
    }
}
