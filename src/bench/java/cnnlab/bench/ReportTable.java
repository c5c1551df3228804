package cnnlab.bench;

import cnnlab.engine.ConvSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns benchmark results into the markdown tables of the README's Performance section: medians
 * in milliseconds and, for every peer, its time divided by CNN Lab's one-thread time (above 1 means
 * CNN Lab is faster), then the targets as met or missed.
 */
final class ReportTable {
    private final List<BenchResult> results;

    ReportTable(List<BenchResult> results) {
        this.results = results;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        convolutionTable(md);
        layerTable(md);
        liveEditTable(md);
        newTensorTable(md);
        bandwidthTable(md);
        targetsTable(md);
        return md.toString();
    }

    private void convolutionTable(StringBuilder md) {
        md.append("#### Single-channel float convolution (ms; × = peer time ÷ CNN Lab 1-thread time)\n\n")
                .append("| input | kernel | padding | stride | CNN Lab 1 thread | CNN Lab 2 threads | 2 threads GB/s"
                        + " | naive loop | × | ConvolveOp 8-bit | × | OpenCV filter2D | × |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String size : List.of("512", "1024", "2048")) {
            for (String kernel : List.of("3", "5")) {
                for (String padding : List.of("same", "valid")) {
                    for (String stride : List.of("1", "2")) {
                        Map<String, String> p = Map.of("size", size, "kernel", kernel, "padding", padding,
                                "stride", stride);
                        Map<String, String> peer = Map.of("size", size, "kernel", kernel, "padding", padding);
                        Optional<Double> one = ms("ConvolutionBenchmark", "cnnLabOneThread", p);
                        if (one.isEmpty()) {
                            continue;
                        }
                        Optional<Double> two = ms("ConvolutionBenchmark", "cnnLabTwoThreads", p);
                        md.append(String.format(Locale.ROOT, "| %s² | %s×%s | %s | %s | %s | %s | %s |",
                                size, kernel, kernel, padding, stride, fmt(one), fmt(two),
                                two.map(t -> gbPerSecond(p, t)).map(ReportTable::one).orElse("–")));
                        ratioCells(md, ms("ConvolutionBenchmark", "naiveLoop", p), one.get());
                        ratioCells(md, ms("PeerConvolutionBenchmark", "convolveOp", peer), one.get());
                        ratioCells(md, ms("PeerConvolutionBenchmark", "openCvFilter2D", peer), one.get());
                        md.append('\n');
                    }
                }
            }
        }
        md.append('\n');
    }

    private void layerTable(StringBuilder md) {
        md.append("#### Conv2d(3, 8, 3, padding=1) on 3×512×512, then 2×2 max pooling, one thread (ms)\n\n")
                .append("| conv (new tensor) + max pool | conv alone, into a reused buffer | max pool alone |\n")
                .append("|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| %s | %s | %s |%n%n",
                        fmt(ms("LayerBenchmark", "convThenMaxPool", Map.of())),
                        fmt(ms("LayerBenchmark", "convIntoReusedBuffer", Map.of())),
                        fmt(ms("LayerBenchmark", "maxPoolOnly", Map.of()))));
    }

    private void liveEditTable(StringBuilder md) {
        md.append("#### Live edit on 512×512: one kernel cell changed → map recomputed → ARGB pixels (ms)\n\n")
                .append("| edit + recompute + colour | same, one thread | edit + recompute | colour map alone |\n")
                .append("|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n%n",
                        fmt(ms("LiveEditBenchmark", "editRecomputeColour", Map.of())),
                        fmt(ms("LiveEditBenchmark", "editRecomputeColourOneThread", Map.of())),
                        fmt(ms("LiveEditBenchmark", "editRecomputeOnly", Map.of())),
                        fmt(ms("LiveEditBenchmark", "colourOnly", Map.of()))));
    }

    private void newTensorTable(StringBuilder md) {
        md.append("#### What a new output tensor costs: 3×3 same, stride 1, one thread (ms)\n\n")
                .append("| input | applyInto a reused buffer | apply (new tensor) |\n|---|---|---|\n");
        for (String size : List.of("512", "1024", "2048")) {
            Optional<Double> into = ms("ConvolutionBenchmark", "cnnLabOneThread",
                    Map.of("size", size, "kernel", "3", "padding", "same", "stride", "1"));
            Optional<Double> fresh = ms("NewTensorBenchmark", "applyNewTensorOneThread", Map.of("size", size));
            if (into.isPresent() || fresh.isPresent()) {
                md.append(String.format(Locale.ROOT, "| %s² | %s | %s |%n", size, fmt(into), fmt(fresh)));
            }
        }
        md.append('\n');
    }

    private void bandwidthTable(StringBuilder md) {
        md.append("#### Memory bandwidth on 2048² float arrays (GB/s)\n\n")
                .append("| copy, 1 thread | triad, 1 thread | copy, 2 threads | triad, 2 threads |\n")
                .append("|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n%n",
                        bandwidth("copyOneThread", 2), bandwidth("triadOneThread", 3),
                        bandwidth("copyTwoThreads", 2), bandwidth("triadTwoThreads", 3)));
    }

    private void targetsTable(StringBuilder md) {
        md.append("#### Targets of issue 7\n\n| target | measured | |\n|---|---|---|\n");
        Map<String, String> same3 = Map.of("size", "1024", "kernel", "3", "padding", "same", "stride", "1");
        Map<String, String> same5 = Map.of("size", "1024", "kernel", "5", "padding", "same", "stride", "1");
        Map<String, String> strided3 = Map.of("size", "1024", "kernel", "3", "padding", "same", "stride", "2");
        Map<String, String> peer3 = Map.of("size", "1024", "kernel", "3", "padding", "same");
        Map<String, String> peer5 = Map.of("size", "1024", "kernel", "5", "padding", "same");
        Optional<Double> lab3 = ms("ConvolutionBenchmark", "cnnLabOneThread", same3);
        Optional<Double> cv3 = ms("PeerConvolutionBenchmark", "openCvFilter2D", peer3);
        target(md, "3×3 same 1024², 1 thread: ≤ 0.8 × OpenCV's time", ratio(lab3, cv3), "×", r -> r <= 0.8);
        target(md, "… ≥ 5× faster than ConvolveOp", ratio(ms("PeerConvolutionBenchmark", "convolveOp", peer3), lab3),
                "×", r -> r >= 5);
        target(md, "… ≥ 25× faster than the naive loop", ratio(ms("ConvolutionBenchmark", "naiveLoop", same3), lab3),
                "×", r -> r >= 25);
        target(md, "5×5 same 1024², 1 thread: ≤ 1 × OpenCV's time",
                ratio(ms("ConvolutionBenchmark", "cnnLabOneThread", same5),
                        ms("PeerConvolutionBenchmark", "openCvFilter2D", peer5)), "×", r -> r <= 1);
        target(md, "3×3 same 1024², stride 2, 1 thread: ≤ 0.5 × OpenCV's (full) time",
                ratio(ms("ConvolutionBenchmark", "cnnLabOneThread", strided3), cv3), "×", r -> r <= 0.5);
        Map<String, String> big = Map.of("size", "2048", "kernel", "3", "padding", "same", "stride", "1");
        target(md, "3×3 same 2048², 2 threads: ≥ 25 GB/s effective",
                ms("ConvolutionBenchmark", "cnnLabTwoThreads", big).map(t -> gbPerSecond(big, t)), " GB/s",
                r -> r >= 25);
        target(md, "Conv2d(3, 8, 3, padding=1) + 2×2 max pool, 1 thread: ≤ 5 ms",
                ms("LayerBenchmark", "convThenMaxPool", Map.of()), " ms", r -> r <= 5);
        target(md, "live edit 512² (recompute + colour map): < 0.5 ms",
                ms("LiveEditBenchmark", "editRecomputeColour", Map.of()), " ms", r -> r < 0.5);
        md.append('\n');
    }

    private interface Check {
        boolean met(double value);
    }

    private static void target(StringBuilder md, String what, Optional<Double> value, String unit, Check check) {
        md.append("| ").append(what).append(" | ")
                .append(value.map(v -> String.format(Locale.ROOT, "%.2f%s", v, unit)).orElse("not run"))
                .append(" | ").append(value.map(v -> check.met(v) ? "met" : "missed").orElse("–")).append(" |\n");
    }

    private static Optional<Double> ratio(Optional<Double> numerator, Optional<Double> denominator) {
        return numerator.flatMap(n -> denominator.map(d -> n / d));
    }

    private static void ratioCells(StringBuilder md, Optional<Double> peer, double lab) {
        md.append(' ').append(fmt(peer)).append(" | ")
                .append(peer.map(p -> String.format(Locale.ROOT, "%.2f", p / lab)).orElse("–")).append(" |");
    }

    /** Input plus output bytes per second of a {@link ConvolutionBenchmark} row. */
    private static double gbPerSecond(Map<String, String> p, double ms) {
        int size = Integer.parseInt(p.get("size"));
        ConvSpec spec = BenchInputs.spec(p.get("padding"), size, Integer.parseInt(p.get("kernel")),
                Integer.parseInt(p.get("stride")));
        long bytes = 4L * ((long) size * size + (long) spec.outputHeight(size) * spec.outputWidth(size));
        return bytes / (ms * 1e-3) / 1e9;
    }

    private String bandwidth(String method, int arrays) {
        return ms("BandwidthBenchmark", method, Map.of())
                .map(t -> one(arrays * 4.0 * BandwidthBenchmark.FLOATS / (t * 1e-3) / 1e9)).orElse("–");
    }

    private Optional<Double> ms(String className, String method, Map<String, String> params) {
        List<BenchResult> matches = new ArrayList<>();
        for (BenchResult r : results) {
            if (r.is(className, method) && r.params().entrySet().containsAll(params.entrySet())) {
                matches.add(r);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0).medianMs()) : Optional.empty();
    }

    private static String fmt(Optional<Double> ms) {
        return ms.map(ReportTable::milliseconds).orElse("–");
    }

    private static String milliseconds(double ms) {
        return String.format(Locale.ROOT, ms < 1 ? "%.3f" : ms < 100 ? "%.2f" : "%.0f", ms);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
