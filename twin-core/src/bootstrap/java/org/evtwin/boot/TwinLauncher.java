package org.evtwin.boot;

import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code twin.jar}, compiled for Java 8 on purpose.
 *
 * <p>The twin itself needs Java 21. Many machines still default to an older {@code java}; rather than failing with
 * {@code UnsupportedClassVersionError}, this launcher looks for a JDK 21+ ({@code TWIN_JAVA_HOME}, {@code JAVA_HOME},
 * then the usual install folders) and re-runs the same jar with it. If none exists it prints one line that says what
 * to install.
 */
public final class TwinLauncher {
    static final int REQUIRED_FEATURE = 21;
    private static final String REAL_MAIN = "org.evtwin.core.cli.TwinCommand";

    private TwinLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (featureVersion(System.getProperty("java.specification.version")) >= REQUIRED_FEATURE) {
            Method main = Class.forName(REAL_MAIN).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
            return;
        }
        File java = findJava();
        if (java == null) {
            System.err.println("twin needs Java " + REQUIRED_FEATURE + " or newer, but this is Java "
                    + System.getProperty("java.version") + " and no JDK " + REQUIRED_FEATURE
                    + "+ was found: install one (e.g. `apt-get install openjdk-21-jre` or Temurin 21) "
                    + "or set TWIN_JAVA_HOME to it.");
            System.exit(1);
        }
        String jar = new File(TwinLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getPath();
        List<String> command = new ArrayList<String>();
        command.add(java.getPath());
        command.add("-cp");
        command.add(jar);
        command.add(REAL_MAIN);
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        System.exit(process.waitFor());
    }

    static int featureVersion(String specification) {
        if (specification == null) {
            return 0;
        }
        String s = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(s.substring(0, end));
    }

    private static File findJava() {
        List<File> homes = new ArrayList<File>();
        for (String variable : new String[] {"TWIN_JAVA_HOME", "JAVA_HOME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                homes.add(new File(value));
            }
        }
        for (String root : new String[] {"/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"}) {
            File[] children = new File(root).listFiles();
            if (children != null) {
                Arrays.sort(children);
                for (int i = children.length - 1; i >= 0; i--) {
                    homes.add(children[i]);
                    homes.add(new File(children[i], "Contents/Home"));
                }
            }
        }
        for (File home : homes) {
            File java = new File(new File(home, "bin"), "java");
            if (java.canExecute() && releaseFeature(home) >= REQUIRED_FEATURE) {
                return java;
            }
        }
        return null;
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file, which every JDK since 9 has. */
    private static int releaseFeature(File home) {
        File release = new File(home, "release");
        if (!release.isFile()) {
            return 0;
        }
        try {
            java.util.Properties properties = new java.util.Properties();
            java.io.FileInputStream in = new java.io.FileInputStream(release);
            try {
                properties.load(in);
            } finally {
                in.close();
            }
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            return featureVersion(version);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
