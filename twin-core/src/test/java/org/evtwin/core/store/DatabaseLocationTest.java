package org.evtwin.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void explicitUrlThenPropertyThenEnvironmentThenPerUserFile() {
        Properties linux = props("os.name", "Linux", "user.home", "/home/ada");
        Map<String, String> env = Map.of("EVTWIN_DB_URL", "jdbc:h2:file:/env/db");
        assertEquals("jdbc:h2:mem:x", DatabaseLocation.resolve("jdbc:h2:mem:x", linux, env).jdbcUrl());
        Properties withProperty = props("os.name", "Linux", "user.home", "/home/ada", "evtwin.db.url", "jdbc:h2:file:/p");
        assertEquals("jdbc:h2:file:/p", DatabaseLocation.resolve(null, withProperty, env).jdbcUrl());
        assertEquals("jdbc:h2:file:/env/db", DatabaseLocation.resolve(null, linux, env).jdbcUrl());
        assertEquals("jdbc:h2:file:/home/ada/.local/share/evtwin/twin",
                DatabaseLocation.resolve(null, linux, Map.of()).jdbcUrl());
    }

    @Test
    void perUserDataFolderFollowsEachOsConvention() {
        assertEquals(Path.of("/xdg/evtwin"), UserDataDirectory.resolve(props("os.name", "Linux", "user.home",
                "/home/ada"), Map.of("XDG_DATA_HOME", "/xdg")));
        assertEquals(Path.of("/home/ada/.local/share/evtwin"), UserDataDirectory.resolve(props("os.name", "Linux",
                "user.home", "/home/ada"), Map.of("XDG_DATA_HOME", "relative/not/allowed")));
        assertEquals(Path.of("/Users/ada/Library/Application Support/evtwin"), UserDataDirectory.resolve(
                props("os.name", "Mac OS X", "user.home", "/Users/ada"), Map.of()));
        assertEquals(Path.of("C:/Users/ada/AppData/Local").resolve("evtwin"), UserDataDirectory.resolve(
                props("os.name", "Windows 11", "user.home", "C:/Users/ada"), Map.of("LOCALAPPDATA",
                        "C:/Users/ada/AppData/Local")));
        assertEquals(Path.of("/tmp/portable/data"), UserDataDirectory.resolve(props("os.name", "Linux", "user.home",
                "/home/ada", "evtwin.home", "/tmp/portable"), Map.of()));
    }

    @Test
    void credentialsNeverAppearInTheRedactedUrl() {
        assertEquals("jdbc:h2:file:/d/twin;USER=***;PASSWORD=***",
                new DatabaseLocation("jdbc:h2:file:/d/twin;USER=sa;PASSWORD=s3cret").redacted());
        assertEquals("jdbc:postgresql://***@db.example:5432/twin?user=***&password=***",
                new DatabaseLocation("jdbc:postgresql://ada:pw@db.example:5432/twin?user=ada&password=pw").redacted());
    }
}
