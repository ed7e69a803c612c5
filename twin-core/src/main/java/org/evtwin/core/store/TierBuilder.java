package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Builds the history tiers of a data set while its rows stream past (times must not decrease). Tier 0 buckets are
 * {@code base} seconds wide, tier k {@code base·8^k}; the base is a power of two near {@value #SAMPLES_PER_BASE}
 * sample intervals (median interval of the first block), so that bucket edges {@code b·w} and the bucket index
 * {@code floor(t/w)} are exact in floating point. Higher tiers are folded from tier 0 at the end. NaN values are not
 * counted. Data sets with more than {@value #MAX_TIER_CHANNELS} channels (large per-cell packs) keep tiers for the
 * pack-level channels only; history of their cell channels is read from the samples.
 */
final class TierBuilder {
    static final int SAMPLES_PER_BASE = 512;
    static final int MAX_TIER_CHANNELS = 1024;
    static final int TIER_FACTOR = 8;
    private final int[] channels;
    private double base = Double.NaN;
    private final Buckets[] tier0;

    /** @param tiered the channel indexes to keep tiers for */
    TierBuilder(int[] tiered) {
        this.channels = tiered.clone();
        this.tier0 = new Buckets[tiered.length];
        for (int i = 0; i < tiered.length; i++) {
            tier0[i] = new Buckets();
        }
    }

    double baseWidthS() {
        return base;
    }

    void add(double[] times, double[][] columns, int size) {
        if (size == 0) {
            return;
        }
        if (Double.isNaN(base)) {
            base = baseWidth(times, size);
        }
        for (int i = 0; i < channels.length; i++) {
            double[] v = columns[channels[i]];
            Buckets b = tier0[i];
            for (int r = 0; r < size; r++) {
                if (!Double.isNaN(v[r])) {
                    b.add((long) Math.floor(times[r] / base), v[r]);
                }
            }
        }
    }

    static double baseWidth(double[] times, int size) {
        double[] dt = new double[Math.max(0, size - 1)];
        int n = 0;
        for (int r = 1; r < size; r++) {
            double d = times[r] - times[r - 1];
            if (d > 0) {
                dt[n++] = d;
            }
        }
        if (n == 0) {
            return 1.0;
        }
        Arrays.sort(dt, 0, n);
        double target = dt[n / 2] * SAMPLES_PER_BASE;
        return Math.scalb(1.0, Math.getExponent(target));
    }

    /** Inserts every tier (batched); returns the base width, NaN when there was no value. */
    double write(Connection c, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history_tier (dataset_id, channel, tier, bucket,"
                + " min_value, max_value, sum_value, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (int i = 0; i < channels.length; i++) {
                Buckets b = tier0[i];
                for (int tier = 0; b.size > 0; tier++) {
                    for (int k = 0; k < b.size; k++) {
                        ps.setLong(1, datasetId);
                        ps.setInt(2, channels[i]);
                        ps.setInt(3, tier);
                        ps.setLong(4, b.bucket[k]);
                        ps.setDouble(5, b.min[k]);
                        ps.setDouble(6, b.max[k]);
                        ps.setDouble(7, b.sum[k]);
                        ps.setInt(8, b.n[k]);
                        ps.addBatch();
                        if (++pending == 4096) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    Buckets next = b.fold(TIER_FACTOR);
                    if (next.size == b.size) {
                        break;   // one bucket left (or -1 and 0, which never merge): coarser tiers add nothing
                    }
                    b = next;
                }
            }
            ps.executeBatch();
        }
        return base;
    }

    /** Buckets of one channel in increasing order, as growable primitive arrays. */
    static final class Buckets {
        long[] bucket = new long[64];
        double[] min = new double[64];
        double[] max = new double[64];
        double[] sum = new double[64];
        int[] n = new int[64];
        int size;

        void add(long b, double v) {
            if (size == 0 || bucket[size - 1] != b) {
                if (size == bucket.length) {
                    grow();
                }
                bucket[size] = b;
                min[size] = v;
                max[size] = v;
                sum[size] = 0;
                n[size] = 0;
                size++;
            }
            int k = size - 1;
            min[k] = Math.min(min[k], v);
            max[k] = Math.max(max[k], v);
            sum[k] += v;
            n[k]++;
        }

        private void grow() {
            int c = bucket.length * 2;
            bucket = Arrays.copyOf(bucket, c);
            min = Arrays.copyOf(min, c);
            max = Arrays.copyOf(max, c);
            sum = Arrays.copyOf(sum, c);
            n = Arrays.copyOf(n, c);
        }

        /** The next tier: buckets {@code floor(b / factor)}. */
        Buckets fold(int factor) {
            Buckets out = new Buckets();
            for (int k = 0; k < size; k++) {
                long b = Math.floorDiv(bucket[k], factor);
                if (out.size == 0 || out.bucket[out.size - 1] != b) {
                    if (out.size == out.bucket.length) {
                        out.grow();
                    }
                    int j = out.size++;
                    out.bucket[j] = b;
                    out.min[j] = min[k];
                    out.max[j] = max[k];
                    out.sum[j] = sum[k];
                    out.n[j] = n[k];
                } else {
                    int j = out.size - 1;
                    out.min[j] = Math.min(out.min[j], min[k]);
                    out.max[j] = Math.max(out.max[j], max[k]);
                    out.sum[j] += sum[k];
                    out.n[j] += n[k];
                }
            }
            return out;
        }
    }
}
