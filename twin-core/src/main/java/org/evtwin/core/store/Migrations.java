package org.evtwin.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.evtwin.core.TwinException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema with Flyway ({@code classpath:db/migration}, plain SQL). */
final class Migrations {
    private Migrations() {
    }

    /**
     * Applies the pending migrations and returns the schema version. Flyway gets a data source over the store's own
     * connection factory, so it never sees (nor logs) the URL's credentials.
     */
    static String migrate(ConnectionFactory connections, String where) {
        try {
            MigrateResult r = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(new FactoryDataSource(connections))
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return r.targetSchemaVersion != null ? r.targetSchemaVersion : r.initialSchemaVersion;
        } catch (FlywayException e) {
            throw new TwinException(where + ": cannot bring the database schema up to date (" + e.getMessage()
                    .replace('\n', ' ') + ")", e);
        }
    }

    /** Opens connections to the store's database. */
    @FunctionalInterface
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    /** The minimum of {@link javax.sql.DataSource} Flyway uses. */
    private static final class FactoryDataSource implements javax.sql.DataSource {
        private final ConnectionFactory factory;

        FactoryDataSource(ConnectionFactory factory) {
            this.factory = factory;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return factory.open();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return factory.open();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            // no JDBC driver logging
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not supported: the factory decides
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger("org.evtwin.core.store");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
