package cnnlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result files ({@code -rf json}); a later file's row replaces an earlier one. */
final class JmhResults {
    private JmhResults() {
    }

    static List<BenchResult> read(List<Path> files) throws IOException {
        Map<String, BenchResult> byKey = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode row : json.readTree(file.toFile())) {
                BenchResult result = parse(row);
                byKey.put(result.key(), result);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static BenchResult parse(JsonNode row) {
        String full = row.get("benchmark").asText();
        String[] parts = full.split("\\.");
        String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = row.get("params");
        if (p != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode metric = row.get("primaryMetric");
        double toMs = unitToMs(metric.get("scoreUnit").asText());
        List<Double> iterations = new ArrayList<>();
        for (JsonNode fork : metric.get("rawData")) {
            for (JsonNode value : fork) {
                iterations.add(value.asDouble() * toMs);
            }
        }
        return new BenchResult(name, params, iterations.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double unitToMs(String unit) {
        switch (unit) {
            case "ms/op":
                return 1;
            case "us/op":
                return 1e-3;
            case "ns/op":
                return 1e-6;
            case "s/op":
                return 1e3;
            default:
                throw new IllegalArgumentException("unexpected JMH unit " + unit + "; the suite reports average time");
        }
    }
}
