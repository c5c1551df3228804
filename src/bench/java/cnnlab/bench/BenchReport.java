package cnnlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and prints the README's Performance tables.
 *
 * <pre>
 * run REGEX DIR        run the benchmarks matching REGEX (1 fork, warm-up 2 × 1 s, 3 × 1 s measured),
 *                      write DIR/jmh-TIMESTAMP.json and DIR/report.md from every JSON in DIR
 * report DIR           render DIR/report.md again from every JSON in DIR (later runs replace rows)
 * </pre>
 * {@code mvn -Pbench -DskipTests package} calls {@code run} with {@code -Dbench.include} (all by default).
 */
public final class BenchReport {
    private BenchReport() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        if (args.length == 3 && "run".equals(args[0])) {
            Path dir = Files.createDirectories(Path.of(args[2]));
            String stamp = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path json = dir.resolve("jmh-" + stamp + ".json");
            String loadBefore = loadAverage();
            new Runner(options(args[1], json)).run();
            Files.writeString(dir.resolve("load-" + stamp + ".txt"),
                    "load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAverage() + "\n");
            report(dir);
        } else if (args.length == 2 && "report".equals(args[0])) {
            report(Path.of(args[1]));
        } else {
            System.err.println("usage: BenchReport run REGEX DIR | BenchReport report DIR");
            System.exit(2);
        }
    }

    private static Options options(String include, Path json) {
        return new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
    }

    private static void report(Path dir) throws IOException {
        List<Path> jsons = listSorted(dir, "jmh-", ".json");
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
                .append(cpuModel()).append(", ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(". Report written ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(".\n\n");
        for (Path load : listSorted(dir, "load-", ".txt")) {
            md.append("- run ").append(load.getFileName().toString().replace("load-", "").replace(".txt", ""))
                    .append(": ").append(Files.readString(load).trim()).append('\n');
        }
        md.append('\n').append(new ReportTable(JmhResults.read(jsons)).render());
        Files.writeString(dir.resolve("report.md"), md.toString());
        System.out.println(md);
    }

    private static List<Path> listSorted(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList());
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown (no /proc/loadavg)";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
