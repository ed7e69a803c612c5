-- Telemetry store, version 2: replay bookmarks (named times of a data set), kept with the data set so they are there
-- when it is replayed again, and deleted with it.

CREATE TABLE replay_bookmark (
    dataset_id BIGINT           NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    name       VARCHAR(200)     NOT NULL,
    -- recording time [s], as the data set's samples (seconds since its epoch)
    time_s     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (dataset_id, name)
);
