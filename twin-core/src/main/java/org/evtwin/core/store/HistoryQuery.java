package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The downsampled history of one channel. Bucket width {@code G} is the smallest power of two (seconds) that splits
 * the window into at most {@code maxPoints} buckets on the grid {@code [g·G, (g+1)·G)}; every returned bucket is the
 * exact aggregate of the channel's samples in its interval. When {@code G} is at least the finest tier, the buckets
 * come from one {@code GROUP BY} over the coarsest tier not wider than {@code G} (at most 4 tier rows per bucket,
 * since tiers grow 8× and {@code G} is a power of two); otherwise from the stored samples of that channel.
 */
final class HistoryQuery {
    private HistoryQuery() {
    }

    static List<HistoryBucket> run(Connection c, long id, int channel, double t0, double t1, int maxPoints)
            throws SQLException {
        double g = bucketWidth(t0, t1, maxPoints);
        long g0 = (long) Math.floor(t0 / g);
        long g1 = (long) Math.floor(Math.nextDown(t1) / g);
        double base = DataSetRows.tierBase(c, id);
        if (!Double.isNaN(base) && g >= base) {
            int tier = (int) Math.floor(Math.log(g / base) / Math.log(TierBuilder.TIER_FACTOR) + 1e-9);
            for (; tier >= 0; tier--) {
                if (hasTier(c, id, channel, tier)) {
                    return fromTier(c, id, channel, tier, base * Math.pow(TierBuilder.TIER_FACTOR, tier), g, g0, g1);
                }
            }
        }
        return fromSamples(c, id, channel, g, g0, g1);
    }

    /** The smallest power of two G with at most maxPoints grid buckets overlapping [t0, t1). */
    static double bucketWidth(double t0, double t1, int maxPoints) {
        double want = (t1 - t0) / maxPoints;
        double g = Math.scalb(1.0, Math.getExponent(want));
        if (g < want) {
            g *= 2;
        }
        while (Math.floor(Math.nextDown(t1) / g) - Math.floor(t0 / g) + 1 > maxPoints) {
            g *= 2;
        }
        return g;
    }

    private static boolean hasTier(Connection c, long id, int channel, int tier) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM history_tier WHERE dataset_id = ? AND"
                + " channel = ? AND tier = ? FETCH FIRST 1 ROW ONLY")) {
            ps.setLong(1, id);
            ps.setInt(2, channel);
            ps.setInt(3, tier);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<HistoryBucket> fromTier(Connection c, long id, int channel, int tier, double w, double g,
            long g0, long g1) throws SQLException {
        long ratio = Math.round(g / w);
        List<HistoryBucket> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT (bucket - ?) / ? AS grp, MIN(min_value),"
                + " MAX(max_value), SUM(sum_value), SUM(n) FROM history_tier WHERE dataset_id = ? AND channel = ?"
                + " AND tier = ? AND bucket BETWEEN ? AND ? GROUP BY grp ORDER BY grp")) {
            ps.setLong(1, g0 * ratio);
            ps.setLong(2, ratio);
            ps.setLong(3, id);
            ps.setInt(4, channel);
            ps.setInt(5, tier);
            ps.setLong(6, g0 * ratio);
            ps.setLong(7, (g1 + 1) * ratio - 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long k = g0 + rs.getLong(1);
                    long n = rs.getLong(5);
                    out.add(new HistoryBucket(k * g, (k + 1) * g, rs.getDouble(2), rs.getDouble(4) / n,
                            rs.getDouble(3), n));
                }
            }
        }
        return out;
    }

    private static List<HistoryBucket> fromSamples(Connection c, long id, int channel, double g, long g0, long g1)
            throws SQLException {
        double lo = g0 * g;
        double hi = (g1 + 1) * g;
        int count = (int) (g1 - g0 + 1);
        double[] min = new double[count];
        double[] max = new double[count];
        double[] sum = new double[count];
        long[] n = new long[count];
        int[] blocks = blockRange(c, id, lo, hi);
        if (blocks != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT vals FROM sample_data WHERE dataset_id = ? AND"
                    + " channel = ? AND block_no BETWEEN ? AND ? ORDER BY block_no");
                    PreparedStatement pt = c.prepareStatement("SELECT vals FROM sample_data WHERE dataset_id = ?"
                    + " AND channel = -1 AND block_no BETWEEN ? AND ? ORDER BY block_no")) {
                ps.setLong(1, id);
                ps.setInt(2, channel);
                ps.setInt(3, blocks[0]);
                ps.setInt(4, blocks[1]);
                pt.setLong(1, id);
                pt.setInt(2, blocks[0]);
                pt.setInt(3, blocks[1]);
                try (ResultSet rv = ps.executeQuery(); ResultSet rt = pt.executeQuery()) {
                    while (rv.next() && rt.next()) {
                        double[] t = BlockCodec.decode(rt.getBytes(1));
                        double[] v = BlockCodec.decode(rv.getBytes(1));
                        for (int i = 0; i < t.length; i++) {
                            if (t[i] >= lo && t[i] < hi && !Double.isNaN(v[i])) {
                                int k = (int) ((long) Math.floor(t[i] / g) - g0);
                                if (n[k]++ == 0) {
                                    min[k] = v[i];
                                    max[k] = v[i];
                                } else {
                                    min[k] = Math.min(min[k], v[i]);
                                    max[k] = Math.max(max[k], v[i]);
                                }
                                sum[k] += v[i];
                            }
                        }
                    }
                }
            }
        }
        List<HistoryBucket> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (n[k] > 0) {
                out.add(new HistoryBucket((g0 + k) * g, (g0 + k + 1) * g, min[k], sum[k] / n[k], max[k], n[k]));
            }
        }
        return out;
    }

    /** First and last block that may hold samples in [lo, hi), or null. */
    private static int[] blockRange(Connection c, long id, double lo, double hi) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT block_no FROM sample_block WHERE dataset_id = ?"
                + " AND last_time >= ? ORDER BY last_time, block_no FETCH FIRST 1 ROW ONLY");
                PreparedStatement last = c.prepareStatement("SELECT MAX(block_no) FROM sample_block"
                        + " WHERE dataset_id = ?")) {
            ps.setLong(1, id);
            ps.setDouble(2, lo);
            int first;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                first = rs.getInt(1);
            }
            ps.setDouble(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new int[] {first, rs.getInt(1)};
                }
            }
            last.setLong(1, id);
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                return new int[] {first, rs.getInt(1)};
            }
        }
    }
}
