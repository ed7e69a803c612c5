import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the desktop installers with the JDK that runs it (Maven's JDK 21+ toolchain, profile {@code installer}):
 * a trimmed runtime (jlink of the JDK modules jdeps finds plus the JavaFX modules, made into jmods from the Maven
 * jars so that their native libraries land in the runtime's lib folder), a jpackage application image with the
 * workstation and the {@code twin} launcher, an AOT cache (JDK 25+ runtime) or class-data-sharing archive (21-24)
 * from one training start, and the OS packages: on Linux the .deb and a portable .tar.gz; on Windows the .msi, on
 * macOS the .dmg (argument files in {@code jpackage/}). Arguments: project root, app jar, folder of runtime
 * dependency jars, project version, output.
 */
public final class BuildInstaller {
    /** JavaFX modules that jdeps reports but the workstation never loads (TilesFX's map tile uses WebView,
     *  ControlsFX's MediaImageCell uses media); leaving them out saves about 80 MB of WebKit. */
    private static final List<String> FX_NOT_USED = List.of("javafx.web", "javafx.media");
    /** Modules loaded by name or service lookup, which jdeps cannot see: TLS with EC keys (MQTT), DNS and JNDI,
     *  extra charsets and locales for imported files, zip file systems, flight recorder for field diagnostics. */
    private static final List<String> HEADROOM = List.of("java.naming", "jdk.crypto.ec", "jdk.charsets",
            "jdk.localedata", "jdk.zipfs", "jdk.net", "jdk.unsupported", "jdk.management", "jdk.jfr", "java.sql",
            "java.logging", "java.management");
    private static final String LOCALES = "en,de,fr,es,it,nl,pl,sv,pt,ja,zh,ko";
    private static final String NAME = "evtwin";

    private final Path root;
    private final Path out;
    private final String os = osName();

    private BuildInstaller(Path root, Path out) {
        this.root = root;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            fail("usage: BuildInstaller <project root> <app jar> <dependency jar folder> <version> <output folder>"
                    + " <cds: true|false>");
        }
        if (!Files.isRegularFile(Path.of("jpackage/app.args"))) {
            fail("installer: run from the project root (the argument files are jpackage/*.args)");
        }
        BuildInstaller b = new BuildInstaller(Path.of(args[0]).toAbsolutePath(), Path.of(args[4]).toAbsolutePath());
        b.build(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(), args[3],
                Boolean.parseBoolean(args[5]));
    }

    private void build(Path appJar, Path libs, String projectVersion, boolean cds) throws Exception {
        String version = packageVersion(projectVersion);
        long started = System.nanoTime();
        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Path jmods = Files.createDirectories(out.resolve("jmods"));
        Files.copy(appJar, input.resolve(appJar.getFileName()));
        List<Path> fxJars = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path jar : jars.sorted().toList()) {
                String file = jar.getFileName().toString();
                if (file.startsWith("javafx-")) {
                    // Only the platform jars hold classes; the plain javafx-*.jar are empty placeholders.
                    if (file.matches("javafx-[a-z]+-.*-(linux|win|mac)(-aarch64)?\\.jar")) {
                        fxJars.add(jar);
                    }
                } else {
                    Files.copy(jar, input.resolve(file));
                }
            }
        }
        for (Path jar : fxJars) {
            if (!FX_NOT_USED.contains(fxModule(jar))) {
                makeJmod(jar, jmods);
            }
        }
        Path runtime = jlink(input, jmods, fxJars);
        deleteTree(libs);   // consumed: the next build copies the dependencies afresh, so none goes stale
        String mainJar = appJar.getFileName().toString();
        List<String> javaOptions = javaOptions();
        if (os.equals("linux")) {
            long jarTime = System.currentTimeMillis() / 1000;
            Path image = out.resolve("image");
            if (cds) {
                // Training start: an image without the archive option; the archive it writes is then shipped.
                boolean aot = runtimeFeature(runtime) >= 25;
                Path training = appImage(input, mainJar, runtime, version, javaOptions, out.resolve("training"));
                useScriptLaunchers(training);
                setJarTimes(training.resolve("lib/app"), jarTime);
                Path archive = train(training, aot);
                Files.copy(archive, input.resolve(archive.getFileName()));
                javaOptions.add((aot ? "-XX:AOTCache=$APPDIR/" : "-XX:SharedArchiveFile=$APPDIR/")
                        + archive.getFileName());
            }
            Path app = appImage(input, mainJar, runtime, version, javaOptions, image);
            useScriptLaunchers(app);
            setJarTimes(app.resolve("lib/app"), jarTime);
            Path packages = Files.createDirectories(out.resolve("packages"));
            run("tar", "-czf", packages.resolve(NAME + "-" + version + "-linux-x64.tar.gz").toString(),
                    "-C", image.toString(), NAME);
            Path resources = linuxResources(jarTime);
            List<String> deb = new ArrayList<>(List.of("@jpackage/app.args", "@jpackage/linux.args",
                    "@jpackage/linux-deb.args", "--resource-dir", resources.toString()));
            deb.addAll(common(input, mainJar, runtime, version, javaOptions, packages));
            tool("jpackage", deb);
            try (Stream<Path> debs = Files.list(packages)) {
                for (Path p : debs.filter(p -> p.toString().endsWith(".deb")).toList()) {
                    repackWithScriptLaunchers(p);
                }
            }
        } else {
            String args = os.equals("windows") ? "@jpackage/windows.args" : "@jpackage/macos.args";
            List<String> pkg = new ArrayList<>(List.of("@jpackage/app.args", args));
            pkg.addAll(common(input, mainJar, runtime, version, javaOptions,
                    Files.createDirectories(out.resolve("packages"))));
            tool("jpackage", pkg);
        }
        System.out.printf(Locale.ROOT, "installer: done in %.0f s; packages in %s:%n",
                (System.nanoTime() - started) / 1e9, out.resolve("packages"));
        try (Stream<Path> files = Files.list(out.resolve("packages"))) {
            for (Path p : files.sorted().toList()) {
                System.out.printf(Locale.ROOT, "  %-50s %6.1f MB%n", p.getFileName(), Files.size(p) / 1e6);
            }
        }
    }

    /** jpackage wants 1-3 numbers (and .msi/.dmg insist): 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String packageVersion(String projectVersion) {
        String v = projectVersion.replaceFirst("-.*$", "");
        if (!v.matches("\\d+(\\.\\d+){0,2}")) {
            fail("installer: project version " + projectVersion + " does not start with 1-3 numbers (like 1.2.3)");
        }
        return v;
    }

    /** A jmod of one JavaFX Maven jar: classes and resources, and its native libraries as the jmod's libs (jlink
     *  puts those in the runtime's lib folder, where JavaFX looks first; no unpacking into the user's home). */
    private void makeJmod(Path jar, Path jmods) throws IOException {
        String module = fxModule(jar);
        Path natives = Files.createDirectories(out.resolve("natives").resolve(module));
        Path classes = out.resolve("natives").resolve(module + ".jar");
        List<String> libs = new ArrayList<>();
        try (var zip = new java.util.zip.ZipFile(jar.toFile());
                var strip = new java.util.zip.ZipOutputStream(Files.newOutputStream(classes))) {
            for (var e : java.util.Collections.list(zip.entries())) {
                boolean topLevel = !e.getName().contains("/");
                try (var in = zip.getInputStream(e)) {
                    if (topLevel && e.getName().matches(".*\\.(so|dll|dylib)")) {
                        Files.copy(in, natives.resolve(e.getName()));
                        libs.add(e.getName());
                    } else if (!(topLevel && e.getName().matches(".*\\.(jar|sha1)"))) {   // e.g. javafx-swt.jar
                        strip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                        in.transferTo(strip);
                        strip.closeEntry();
                    }
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        if (!libs.isEmpty()) {
            args.addAll(List.of("--libs", natives.toString()));
        }
        args.add(jmods.resolve(module + ".jmod").toString());
        tool("jmod", args);
    }

    private static String fxModule(Path jar) {
        return "javafx." + jar.getFileName().toString().split("-")[1];
    }

    /** The runtime: the JDK modules the jars need (jdeps) plus the JavaFX modules, with headroom, trimmed. */
    private Path jlink(Path input, Path jmods, List<Path> fxJars) throws IOException {
        List<String> inputJars;
        try (Stream<Path> jars = Files.list(input)) {
            inputJars = jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString).toList();
        }
        // the input jars are on the module path too: a modular one (commons-text) requires others by module name
        List<String> jdepsModulePath = new ArrayList<>(fxJars.stream().map(Path::toString).toList());
        jdepsModulePath.addAll(inputJars);
        List<String> jdeps = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature()), "--module-path",
                String.join(java.io.File.pathSeparator, jdepsModulePath)));
        jdeps.addAll(inputJars);
        String found = tool("jdeps", jdeps).strip();
        String[] lines = found.split("\\R");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        modules.addAll(HEADROOM);
        modules.add("javafx.controls");
        modules.removeAll(FX_NOT_USED);
        // (ModuleFinder.of skips jmod files outside jlink, so the JavaFX modules are known by their file names.)
        List<String> fx = fxJars.stream().map(BuildInstaller::fxModule).toList();
        modules.removeIf(m -> ModuleFinder.ofSystem().find(m).isEmpty() && !fx.contains(m)
                && report("installer: module " + m + " is not in this JDK; left out"));
        System.out.println("installer: runtime modules " + String.join(",", modules));
        Path runtime = out.resolve("runtime");
        String modulePath = jmods.toString();
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        if (Files.isDirectory(jdkJmods)) {
            modulePath += java.io.File.pathSeparator + jdkJmods;
        }
        tool("jlink", List.of("--module-path", modulePath, "--add-modules", String.join(",", modules),
                "--include-locales=" + LOCALES, "--strip-debug", "--no-header-files", "--no-man-pages",
                "--compress", "zip-6", "--generate-cds-archive",
                "--output", runtime.toString()));
        return runtime;
    }

    /** JVM options of the workstation launcher. */
    private static List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        if (Runtime.version().feature() >= 24) {
            // JavaFX's Marlin renderer uses sun.misc.Unsafe; allowed explicitly so that Java 24+ does not warn at
            // every start. (Not --enable-native-access: the JDK's base CDS archive was dumped without it, and a
            // different value disables the archived module graph, costing start-up time.)
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        // CDS problems (e.g. a jar changed after installation) are reported on stderr, never on stdout.
        options.add("-Xlog:disable");
        options.add("-Xlog:all=warning:stderr");
        options.addAll(MEMORY_OPTIONS);
        if (Runtime.version().feature() >= 22) {
            // Returns the C heap that JavaFX, Mesa and the JIT freed but glibc keeps in its arenas (JDK 22+; an
            // unknown -XX option would stop the JVM from starting). Every 2 s: the start-up burst is given back
            // before it adds up (ADR 0006, session 6).
            options.add("-XX:TrimNativeHeapInterval=2000");
        }
        return options;
    }

    /**
     * Heap sizing of the workstation (docs/decisions/0006-workstation-heap-sizing.md; figures in docs/benchmarks.md,
     * "Resident memory with the 7,104-cell pack").
     * Without them G1 starts with 1/64 of the machine's memory committed and may grow to 1/4 of it (378 MB and 6 GB
     * on 24 GB; about 300 MB of the 627-680 MB resident was heap). With them it starts small, grows only as far as
     * the live data needs and gives back what is more than 30 % free after a marking cycle. The young generation is
     * fixed at 32 MB: left to G1 it shrank with the heap and collected every few frames, which cost the 3D view's
     * FX thread 0.2-0.4 ms per frame. The ceiling is about three times the live data measured with the 7,104-cell
     * pack (75-100 MB); H2 sizes its default page cache from it (64 MB per GB of maximum heap).
     */
    static final List<String> MEMORY_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-Xmn32m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    private Path appImage(Path input, String mainJar, Path runtime, String version, List<String> javaOptions,
            Path dest) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "@jpackage/app.args",
                "@jpackage/linux.args"));
        args.addAll(common(input, mainJar, runtime, version, javaOptions, dest));
        tool("jpackage", args);
        return dest.resolve(NAME);
    }

    /**
     * Replaces jpackage's native launchers in {@code bin/} by {@code jpackage/linux-launcher.sh}, which reads the same
     * .cfg files: the native one asks rpm and dpkg which package owns it at every start (ADR 0009).
     */
    private void useScriptLaunchers(Path appRoot) throws IOException {
        try (Stream<Path> launchers = Files.list(appRoot.resolve("bin"))) {
            for (Path launcher : launchers.toList()) {
                Files.copy(root.resolve("jpackage/linux-launcher.sh"), launcher, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** jpackage puts its native launchers into the .deb again: unpacked, given the script ones, packed again. */
    private void repackWithScriptLaunchers(Path deb) throws IOException, InterruptedException {
        Path tree = out.resolve("deb-tree");
        deleteTree(tree);
        run("dpkg-deb", "-R", deb.toString(), tree.toString());
        useScriptLaunchers(tree.resolve("opt").resolve(NAME));
        run("dpkg-deb", "--root-owner-group", "-Zxz", "-b", tree.toString(), deb.toString());
        deleteTree(tree);
    }

    private static List<String> common(Path input, String mainJar, Path runtime, String version,
            List<String> javaOptions, Path dest) {
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--main-jar", mainJar,
                "--runtime-image", runtime.toString(), "--app-version", version, "--dest", dest.toString()));
        for (String o : javaOptions) {
            args.addAll(List.of("--java-options", o));
        }
        return args;
    }

    /** Feature version of the runtime image (its {@code release} file), which decides the kind of archive. */
    static int runtimeFeature(Path runtime) throws IOException {
        for (String line : Files.readAllLines(runtime.resolve("release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                return Runtime.Version.parse(line.substring(13).replace("\"", "")).feature();
            }
        }
        throw new IOException("installer: " + runtime.resolve("release") + " has no JAVA_VERSION line");
    }

    /**
     * One start in screenshot mode, a private home so no user data is touched. On a JDK 25+ runtime it writes an AOT
     * cache (JEP 483 classes loaded and linked, JEP 515 method profiles; {@code -XX:AOTCacheOutput} of JEP 514 records
     * the start and then assembles the cache in a child JVM with the same class path and options); on 21-24 a
     * dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}). Both need the class path of the shipped launcher: the
     * jars of {@code lib/app} in the same order, found again after installation by their common prefix.
     */
    private Path train(Path image, boolean aot) throws IOException, InterruptedException {
        Path archive = out.resolve(NAME + (aot ? ".aot" : ".jsa"));
        Path shot = out.resolve("training.png");
        List<String> cmd = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (!onPath("xvfb-run")) {
                fail("installer: the class-data-sharing archive is made by starting the app once, which needs a"
                        + " display: run with DISPLAY set, install xvfb (apt-get install xvfb xauth), or build"
                        + " without it: -Dinstaller.cds=false");
            }
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        cmd.addAll(List.of(image.resolve("bin/" + NAME).toString(), "--screenshot", shot.toString(),
                "--frames", "60"));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        // JAVA_TOOL_OPTIONS reaches the JVM of a jpackage launcher (JDK_JAVA_OPTIONS does not).
        pb.environment().put("JAVA_TOOL_OPTIONS", (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive
                + " -Dprism.forceGPU=true -Devtwin.home=" + out.resolve("training-home"));
        System.out.println("installer: training start for the " + (aot ? "AOT cache" : "class-data-sharing archive")
                + ": " + String.join(" ", cmd));
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("installer: the training start did not finish in 300 s");
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(archive) || !Files.isRegularFile(shot)) {
            fail("installer: the training start failed (exit " + p.exitValue() + ", archive "
                    + Files.isRegularFile(archive) + ", screenshot " + Files.isRegularFile(shot) + ")");
        }
        System.out.printf(Locale.ROOT, "installer: %s %.1f MB%n", aot ? "AOT cache" : "CDS archive",
                Files.size(archive) / 1e6);
        return archive;
    }

    /** CDS checks each jar's size and time: the shipped jars carry one fixed time, restored by the postinst. */
    private static void setJarTimes(Path dir, long epochSeconds) throws IOException {
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, FileTime.from(epochSeconds, TimeUnit.SECONDS));
            }
        }
    }

    private Path linuxResources(long jarTime) throws IOException {
        Path dest = Files.createDirectories(out.resolve("linux-resources"));
        try (Stream<Path> files = Files.list(root.resolve("jpackage/linux"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f).replace("JAR_MTIME_EPOCH", Long.toString(jarTime));
                Files.writeString(dest.resolve(f.getFileName()), text);
            }
        }
        return dest;
    }

    /** Runs a JDK tool in this JVM; fails with its output when it fails; returns its standard output. */
    private String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                "installer: this JDK (" + System.getProperty("java.home") + ") has no " + name));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        long t0 = System.nanoTime();
        int rc = tool.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), args.toArray(String[]::new));
        if (rc != 0) {
            System.err.print(stdout);
            System.err.print(stderr);
            fail("installer: " + name + " failed (exit " + rc + "): " + name + " " + String.join(" ", args));
        }
        System.out.printf(Locale.ROOT, "installer: %s %s (%.1f s)%n", name, args.get(0),
                (System.nanoTime() - t0) / 1e9);
        return stdout.toString();
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        int rc = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (rc != 0) {
            fail("installer: failed (exit " + rc + "): " + String.join(" ", cmd));
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static boolean report(String message) {
        System.out.println(message);
        return true;
    }

    private static String osName() {
        String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return n.contains("win") ? "windows" : n.contains("mac") ? "mac" : "linux";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
