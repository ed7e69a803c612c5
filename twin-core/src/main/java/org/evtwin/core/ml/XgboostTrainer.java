package org.evtwin.core.ml;

import org.tribuo.Trainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * The XGBoost trainer, in its own class so that code that never asks for it runs without the optional native
 * library (the app ships only a pure-Java model).
 */
final class XgboostTrainer {
    private XgboostTrainer() {
    }

    static Trainer<Regressor> create(long seed) {
        return new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                XGBoostRegressionTrainer.RegressionType.LINEAR, 200, 0.05, 0.0, 4, 2.0, 0.8, 0.8, 1.0, 0.0, 1,
                XGBoostTrainer.LoggingVerbosity.SILENT, seed);
    }
}
