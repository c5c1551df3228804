package cnnlab.lesson;

import java.util.ArrayList;
import java.util.List;

/** Reads a {@link TensorSpec}: rows, planes, a generator, an image or a preset kernel. */
final class TensorSpecReader {
    private static final String FORMS = "rows [[1, 0], [0, 1]], planes [[[...]], [[...]]] (one block of rows per"
            + " channel), {\"generate\": ...}, {\"image\": ...} or {\"preset\": ...}";

    /** Largest side an image may be resized to in a lesson. */
    static final int MAX_IMAGE_SIDE = 4096;

    private TensorSpecReader() {
    }

    /** The tensor description at {@code node}, or null after a problem. */
    static TensorSpec read(SourceNode node, Problems problems) {
        if (node.value().isArray()) {
            return literal(node, problems);
        }
        if (node.value().isObject()) {
            if (node.field("generate") != null) {
                return generated(node, problems);
            }
            if (node.field("image") != null) {
                return image(node, problems);
            }
            if (node.field("preset") != null) {
                ObjectFields fields = ObjectFields.forRecord(node, problems, "a preset kernel", TensorSpec.Preset.class);
                String name = fields.text("preset");
                return name == null ? null : new TensorSpec.Preset(name);
            }
        }
        problems.error(node, "a tensor is written as " + FORMS + ", but this is " + node.describe());
        return null;
    }

    /** Rows or planes of numbers, every row as long as the first. */
    static TensorSpec literal(SourceNode node, Problems problems) {
        int depth = depth(node);
        if (depth == 2) {
            List<List<Double>> rows = rows(node, problems);
            return rows == null ? null : new TensorSpec.Rows(rows);
        }
        if (depth == 3) {
            int before = problems.errorCount();
            List<List<List<Double>>> planes = new ArrayList<>();
            List<SourceNode> elements = node.elements();
            for (SourceNode plane : elements) {
                if (depth(plane) != 2) {
                    problems.error(plane, "every channel must be rows of numbers like the first, [[1, 0], [0, 1]],"
                            + " but this is " + plane.describe());
                    continue;
                }
                List<List<Double>> rows = rows(plane, problems);
                if (rows != null && !planes.isEmpty() && (rows.size() != planes.get(0).size()
                        || rows.get(0).size() != planes.get(0).get(0).size())) {
                    problems.error(plane, "this channel is " + rows.size() + "×" + rows.get(0).size()
                            + " but the first channel is " + planes.get(0).size() + "×" + planes.get(0).get(0).size());
                }
                planes.add(rows);
            }
            return problems.errorCount() == before ? new TensorSpec.Planes(planes) : null;
        }
        problems.error(node, "a tensor is written as rows [[1, 0], [0, 1]] (a single row is [[1, 0, 1]]) or as"
                + " planes [[[...]], [[...]]], but this is " + (depth == 1 ? "a flat list of numbers" : "empty"));
        return null;
    }

    /** 1 for [n, ...], 2 for [[n, ...]], 3 for [[[n, ...]]]; 0 for an empty or odd list. */
    private static int depth(SourceNode node) {
        int depth = 0;
        var value = node.value();
        while (value.isArray() && value.size() > 0) {
            depth++;
            value = value.get(0);
        }
        return value.isNumber() ? depth : 0;
    }

    private static List<List<Double>> rows(SourceNode node, Problems problems) {
        int before = problems.errorCount();
        List<List<Double>> rows = new ArrayList<>();
        for (SourceNode row : node.elements()) {
            if (!row.value().isArray() || row.value().size() == 0) {
                problems.error(row, "each row must be a list of numbers such as [1, 0, 1], but this is "
                        + (row.value().isArray() ? "an empty list" : row.describe()));
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (SourceNode cell : row.elements()) {
                values.add(Values.number(cell, problems));
            }
            if (!rows.isEmpty() && values.size() != rows.get(0).size()) {
                problems.error(row, "this row has " + values.size() + " numbers but the first row has "
                        + rows.get(0).size() + "; every row must be as long as the first");
            }
            rows.add(values);
        }
        return problems.errorCount() == before ? rows : null;
    }

    private static TensorSpec generated(SourceNode node, Problems problems) {
        int before = problems.errorCount();
        ObjectFields fields = ObjectFields.forRecord(node, problems, "a generated tensor", TensorSpec.Generated.class);
        String name = fields.text("generate");
        Integer height = fields.wholeNumberOrNull("height", 1);
        Integer width = fields.wholeNumberOrNull("width", 1);
        Integer channels = fields.wholeNumberOrNull("channels", 1);
        SourceNode seedNode = fields.field("seed");
        Integer seed = seedNode == null ? null : Values.wholeNumber(seedNode, problems, Integer.MIN_VALUE);
        Integer digit = fields.wholeNumberOrNull("digit", 0);
        if (problems.errorCount() != before) {
            return null;
        }
        return new TensorSpec.Generated(name, height, width, channels, seed == null ? null : seed.longValue(), digit);
    }

    private static TensorSpec image(SourceNode node, Problems problems) {
        int before = problems.errorCount();
        ObjectFields fields = ObjectFields.forRecord(node, problems, "an image tensor", TensorSpec.Image.class);
        String path = fields.text("image");
        SourceNode sizeNode = fields.field("size");
        List<Integer> size = sizeNode == null ? null : Values.wholeNumbers(sizeNode, problems, "size", 1);
        if (size != null && size.size() != 2) {
            problems.error(sizeNode, "the size must be [height, width], e.g. [28, 28], but this list has "
                    + size.size() + " numbers");
        } else if (size != null && Math.max(size.get(0), size.get(1)) > MAX_IMAGE_SIDE) {
            problems.error(sizeNode, "a lesson image is at most " + MAX_IMAGE_SIDE + " cells on a side, but this is "
                    + size.get(0) + "×" + size.get(1));
        }
        String mode = fields.text("mode");
        if (mode != null && !ImageModes.NAMES.contains(mode)) {
            problems.error(node.field("mode"), "unknown mode \"" + mode + "\"; known modes: "
                    + String.join(", ", ImageModes.NAMES));
        }
        SourceNode thresholdNode = fields.field("threshold");
        Double threshold = thresholdNode == null ? null : Values.number(thresholdNode, problems);
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            problems.error(thresholdNode, "the threshold is a brightness from 0 (black) to 1 (white), but this is "
                    + threshold);
        }
        if (threshold != null && !"binary".equals(mode)) {
            problems.error(thresholdNode, "a threshold only applies to \"mode\": \"binary\"");
        }
        return problems.errorCount() == before ? new TensorSpec.Image(path, size, mode, threshold) : null;
    }
}
