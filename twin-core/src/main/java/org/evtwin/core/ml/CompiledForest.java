package org.evtwin.core.ml;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.IndependentRegressionTreeModel;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.Transformer;
import org.tribuo.transform.TransformerMap;

/**
 * A Tribuo random forest (feature transformers + equally weighted CART trees) copied into flat arrays, so a pack's
 * 7,104 cells are predicted without building 7,104 Tribuo examples and walking 100 node objects each. Tribuo's
 * semantics are kept exactly: features go through the same transformers, a split sends a value greater than the
 * split value right and the rest left, and the trees are averaged. A test checks the predictions equal Tribuo's.
 */
final class CompiledForest {
    private final List<List<Transformer>> transformers;
    private final int[][] feature;
    private final double[][] split;
    private final int[][] left;
    private final int[][] right;
    private final double[][] value;

    private CompiledForest(List<List<Transformer>> transformers, List<int[]> f, List<double[]> s, List<int[]> l,
            List<int[]> r, List<double[]> v) {
        this.transformers = transformers;
        this.feature = f.toArray(int[][]::new);
        this.split = s.toArray(double[][]::new);
        this.left = l.toArray(int[][]::new);
        this.right = r.toArray(int[][]::new);
        this.value = v.toArray(double[][]::new);
    }

    /** The compiled form of a transformed, unweighted tree ensemble, or null for any other model. */
    static CompiledForest of(Model<Regressor> model, List<String> names) {
        if (!(model instanceof TransformedModel<Regressor> tm)
                || !(tm.getInnerModel() instanceof WeightedEnsembleModel<Regressor> ens)) {
            return null;
        }
        TransformerMap map = tm.getTransformerMap();
        List<List<Transformer>> tr = new ArrayList<>();
        for (String n : names) {
            List<Transformer> t = map.get(n);
            tr.add(t == null ? List.of() : t);
        }
        List<int[]> f = new ArrayList<>();
        List<double[]> s = new ArrayList<>();
        List<int[]> l = new ArrayList<>();
        List<int[]> r = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        for (Model<Regressor> m : ens.getModels()) {
            if (!(m instanceof TreeModel<Regressor> tree)) {
                return null;
            }
            Node<Regressor> root = tree.getRoot();
            if (tree instanceof IndependentRegressionTreeModel irt) {
                if (irt.getRoots().size() != 1) {
                    return null;
                }
                root = irt.getRoots().values().iterator().next();
            }
            if (root == null) {
                return null;
            }
            List<Node<Regressor>> nodes = new ArrayList<>();
            collect(root, nodes);
            int n = nodes.size();
            int[] fi = new int[n];
            double[] sv = new double[n];
            int[] li = new int[n];
            int[] ri = new int[n];
            double[] val = new double[n];
            for (int i = 0; i < n; i++) {
                Node<Regressor> node = nodes.get(i);
                if (node instanceof SplitNode<Regressor> sp) {
                    String name = m.getFeatureIDMap().get(sp.getFeatureID()).getName();
                    fi[i] = names.indexOf(name);
                    if (fi[i] < 0) {
                        return null;
                    }
                    sv[i] = sp.splitValue();
                    li[i] = indexOf(nodes, sp.getLessThanOrEqual());
                    ri[i] = indexOf(nodes, sp.getGreaterThan());
                } else {
                    fi[i] = -1;
                    val[i] = ((LeafNode<Regressor>) node).getOutput().getValues()[0];
                }
            }
            f.add(fi);
            s.add(sv);
            l.add(li);
            r.add(ri);
            v.add(val);
        }
        return new CompiledForest(tr, f, s, l, r, v);
    }

    private static void collect(Node<Regressor> node, List<Node<Regressor>> out) {
        out.add(node);
        if (node instanceof SplitNode<Regressor> sp) {
            collect(sp.getLessThanOrEqual(), out);
            collect(sp.getGreaterThan(), out);
        }
    }

    private static int indexOf(List<Node<Regressor>> nodes, Node<Regressor> n) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == n) {
                return i;
            }
        }
        throw new IllegalStateException("tree node not found");
    }

    /**
     * The ensemble's outputs for raw feature rows (before the task's inverse target transform). Tree by tree over
     * all rows, so each tree's arrays stay in cache while the rows pass through it.
     */
    double[] predict(List<double[]> raw) {
        int n = raw.size();
        int width = transformers.size();
        double[] x = new double[n * width];
        for (int r = 0; r < n; r++) {
            double[] row = raw.get(r);
            for (int j = 0; j < width; j++) {
                x[r * width + j] = TransformerMap.applyTransformerList(row[j], transformers.get(j));
            }
        }
        double[] sum = new double[n];
        for (int t = 0; t < feature.length; t++) {
            int[] f = feature[t];
            double[] sv = split[t];
            int[] lo = left[t];
            int[] hi = right[t];
            double[] v = value[t];
            for (int r = 0; r < n; r++) {
                int base = r * width;
                int i = 0;
                while (f[i] >= 0) {
                    i = x[base + f[i]] > sv[i] ? hi[i] : lo[i];
                }
                sum[r] += v[i];
            }
        }
        for (int r = 0; r < n; r++) {
            sum[r] /= feature.length;
        }
        return sum;
    }
}
