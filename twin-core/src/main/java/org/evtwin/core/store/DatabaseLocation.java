package org.evtwin.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Which database the store uses. In order: an explicit URL ({@code --db}), the system property {@code evtwin.db.url},
 * the environment variable {@code EVTWIN_DB_URL}, else the embedded H2 file {@code <user data dir>/twin} (file
 * {@code twin.mv.db}). Any JDBC URL works whose driver is on the class path; H2 is the one tested.
 *
 * @param jdbcUrl the URL as given (may contain credentials: never log it, use {@link #redacted()})
 */
public record DatabaseLocation(String jdbcUrl) {
    private static final Pattern SECRET = Pattern.compile("(?i)((?:password|pwd|user|username)=)[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    public DatabaseLocation {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a database URL must start with \"jdbc:\"");
        }
    }

    /** The location for this process: explicit URL if not null, else property, environment, default file. */
    public static DatabaseLocation resolve(String explicitUrl) {
        return resolve(explicitUrl, System.getProperties(), System.getenv());
    }

    static DatabaseLocation resolve(String explicitUrl, Properties properties, Map<String, String> environment) {
        for (String candidate : new String[] {explicitUrl, properties.getProperty("evtwin.db.url"),
            environment.get("EVTWIN_DB_URL")}) {
            if (candidate != null && !candidate.isBlank()) {
                return new DatabaseLocation(candidate.trim());
            }
        }
        return embeddedFile(UserDataDirectory.resolve(properties, environment).resolve("twin"));
    }

    /** The embedded H2 database whose files are {@code <base>.mv.db} (and a lock file while open). */
    public static DatabaseLocation embeddedFile(Path base) {
        return new DatabaseLocation("jdbc:h2:file:" + base.toAbsolutePath());
    }

    /** The URL with user names, passwords and URL user info replaced by {@code ***}. */
    public String redacted() {
        String r = SECRET.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO.matcher(r).replaceAll("//***@");
    }

    @Override
    public String toString() {
        return redacted();
    }
}
