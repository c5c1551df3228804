package cnnlab.app.cli;

import cnnlab.engine.LayerSummary;
import cnnlab.engine.NetworkSummary;
import cnnlab.engine.ReceptiveField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A model summary as a Keras-like table for people, or as JSON for tools. */
public final class SummaryText {

    private static final List<String> HEADINGS = List.of("Layer (type)", "Output shape", "Param #", "RF", "jump");
    private static final boolean[] RIGHT_ALIGNED = {false, false, true, true, true};
    private static final String GAP = "   ";

    private SummaryText() {
    }

    /**
     * The table: the input shape, one row per layer (name and type, output shape {@code C×H×W}
     * or {@code N} once flattened, parameters, receptive field and jump while the output is a
     * map), and the total with thousands separators.
     *
     * @param summary the engine's summary
     * @return the table, each line ending in a newline
     */
    public static String table(NetworkSummary summary) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (LayerSummary layer : summary.layers()) {
            ReceptiveField field = layer.field();
            rows.add(List.of(layer.name() + " (" + layer.type() + ")",
                    layer.outputShape().stream().map(String::valueOf).collect(Collectors.joining("×")),
                    thousands(layer.params()),
                    field == null ? "" : pair(field.sizeY(), field.sizeX(), "×"),
                    field == null ? "" : pair(field.jumpY(), field.jumpX(), "×")));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        int total = (widths.length - 1) * GAP.length();
        for (int width : widths) {
            total += width;
        }
        String rule = "=".repeat(total) + "\n";
        StringBuilder text = new StringBuilder();
        text.append("Input: ").append(summary.input()).append("\n\n");
        for (int r = 0; r < rows.size(); r++) {
            text.append(line(rows.get(r), widths)).append('\n');
            if (r == 0) {
                text.append(rule);
            }
        }
        text.append(rule);
        text.append("Total params: ").append(thousands(summary.totalParams())).append('\n');
        return text.toString();
    }

    /**
     * The summary as {@code {"layers":[{"name":…,"type":…,"outputShape":[…],"params":N,
     * "receptiveField":R,"jump":J}],"totalParams":N}}; {@code receptiveField} and {@code jump}
     * are left out once flattened, and are {@code [rows, columns]} when the two differ.
     *
     * @param summary the engine's summary
     * @return compact JSON
     */
    public static String json(NetworkSummary summary) {
        List<Object> layers = new ArrayList<>();
        for (LayerSummary layer : summary.layers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", layer.name());
            entry.put("type", layer.type());
            entry.put("outputShape", layer.outputShape());
            entry.put("params", layer.params());
            ReceptiveField field = layer.field();
            if (field != null) {
                entry.put("receptiveField", jsonPair(field.sizeY(), field.sizeX()));
                entry.put("jump", jsonPair(field.jumpY(), field.jumpX()));
            }
            layers.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("layers", layers);
        root.put("totalParams", summary.totalParams());
        return Json.write(root);
    }

    private static Object jsonPair(int rows, int columns) {
        return rows == columns ? (Object) rows : List.of(rows, columns);
    }

    private static String pair(int rows, int columns, String separator) {
        return rows == columns ? Integer.toString(rows) : rows + separator + columns;
    }

    private static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(i == 0 ? "" : GAP).append(RIGHT_ALIGNED[i] ? padding + cell : cell + padding);
        }
        return text.toString().stripTrailing();
    }
}
