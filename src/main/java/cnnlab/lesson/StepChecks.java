package cnnlab.lesson;

import cnnlab.engine.Activations;
import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.NetworkSummary;
import cnnlab.engine.Padding;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes each step with the engine: reports what cannot be computed (a kernel larger than the
 * padded input, a focus cell outside its map, an {@code expect} the engine contradicts, ...) and
 * returns the values the step's texts may name ({@link Placeholders}).
 */
final class StepChecks {
    private StepChecks() {
    }

    /**
     * Checks one step whose structure has been read without problems.
     *
     * @param path the step's JSON path, e.g. {@code steps[3]}
     * @return the computed values by placeholder name (numbers, shapes as lists of numbers, words;
     *     {@link StepValues} writes them for the reader), or null when the step cannot be computed
     */
    static Map<String, Object> check(Step step, String path, LessonTensors tensors, Problems problems) {
        int before = problems.errorCount();
        Map<String, Object> values = new LinkedHashMap<>();
        if (step instanceof ConvolutionStep s) {
            convolution(s, path, tensors, problems, values);
        } else if (step instanceof PoolingStep s) {
            pooling(s, path, tensors, problems, values);
        } else if (step instanceof ReceptiveFieldStep s) {
            receptiveField(s, path, problems, values);
        } else if (step instanceof NetworkStep s) {
            network(s, path, problems, values);
        } else if (step instanceof ParameterCounterStep s) {
            parameterCounter(s, path, problems, values);
        } else if (step instanceof PlaygroundStep s) {
            playground(s, path, tensors, problems, values);
        } else if (step instanceof QuizStep s) {
            quiz(s, path, problems);
        } else if (step instanceof TrainingStep s) {
            TrainingSetup.check(s, path, problems);
        } else if (step instanceof GradientsStep s) {
            GradientsSetup.build(s, path, tensors, problems);
        } else if (step instanceof InsightStep s) {
            TrainingSetup.insight(s, path, problems);
        }
        return problems.errorCount() == before ? values : null;
    }

    private static void convolution(ConvolutionStep step, String path, LessonTensors tensors, Problems problems,
                                    Map<String, Object> values) {
        Tensor input = tensors.resolve(step.input(), SourceNode.join(path, "input"), problems);
        ConvolutionSetup setup = ConvolutionSetup.build(input, step.layer(), path, tensors, problems);
        if (setup == null) {
            return;
        }
        Tensor output = setup.output();
        walk(step.walk(), output.shape(), SourceNode.join(path, "walk"), problems);
        ExpectChecks.map(step.expect(), output, SourceNode.join(path, "expect"), problems);
        describe("input", input, values);
        describe("output", output, values);
        ConvSpec spec = setup.conv().spec();
        values.put("kernel.height", spec.kernelHeight());
        values.put("kernel.width", spec.kernelWidth());
        values.put("stride", spec.stride());
        values.put("padding", spec.padding().isUniform() ? (Object) spec.padding().top() : spec.padding().toString());
        values.put("dilation", spec.dilation());
    }

    private static void pooling(PoolingStep step, String path, LessonTensors tensors, Problems problems,
                                Map<String, Object> values) {
        if (step.expectAverage() != null && step.kind() != PoolChoice.BOTH) {
            problems.error(SourceNode.join(path, "expectAverage"), "\"expectAverage\" is for \"kind\": \"both\";"
                    + " with one kind, put the expected map in \"expect\"");
        }
        PoolingSetup setup = PoolingSetup.build(step, path, tensors, problems);
        if (setup == null) {
            return;
        }
        List<Tensor> outputs = setup.outputs();
        walk(step.walk(), outputs.get(0).shape(), SourceNode.join(path, "walk"), problems);
        ExpectChecks.map(step.expect(), outputs.get(0), SourceNode.join(path, "expect"), problems);
        if (outputs.size() > 1) {
            ExpectChecks.map(step.expectAverage(), outputs.get(1), SourceNode.join(path, "expectAverage"), problems);
            describe("average", outputs.get(1), values);
        }
        describe("input", setup.map(), values);
        describe("output", outputs.get(0), values);
    }

    private static void receptiveField(ReceptiveFieldStep step, String path, Problems problems,
                                       Map<String, Object> values) {
        NetworkSummary summary = step.network().summarize();
        List<LayerSummary> rows = summary.layers();
        String focusPath = SourceNode.join(path, "focus");
        Focus focus = step.focus();
        if (focus == null) {
            focus = ReceptiveFieldStep.centreOfLastMap(summary);
            if (focus == null) {
                problems.error(SourceNode.join(path, "network"), "no layer of this network has a map whose field"
                        + " could be shown; add a conv or pooling layer");
                return;
            }
        } else if (focus.layer() >= rows.size()) {
            problems.error(SourceNode.join(focusPath, "layer"), "there is no layer " + focus.layer() + "; the"
                    + " layers are numbered 0 to " + (rows.size() - 1));
            return;
        }
        LayerSummary row = rows.get(focus.layer());
        if (!row.spatial()) {
            problems.error(SourceNode.join(focusPath, "layer"), "layer " + focus.layer() + " (" + row.name()
                    + ") comes after flatten and has no map; pick a layer before flatten");
            return;
        }
        int height = row.outputShape().get(1);
        int width = row.outputShape().get(2);
        if (focus.y() >= height) {
            problems.error(SourceNode.join(focusPath, "y"), "row " + focus.y() + " is outside layer " + focus.layer()
                    + "'s " + height + "×" + width + " map (rows 0 to " + (height - 1) + ")");
        }
        if (focus.x() >= width) {
            problems.error(SourceNode.join(focusPath, "x"), "column " + focus.x() + " is outside layer "
                    + focus.layer() + "'s " + height + "×" + width + " map (columns 0 to " + (width - 1) + ")");
        }
        FieldExpect expect = step.expect();
        if (expect != null && expect.field() != null) {
            ExpectChecks.field(expect.field(), row.field(), SourceNode.join(path, "expect.field"), problems,
                    "the focus cell (layer " + focus.layer() + ", " + row.name() + ")");
        }
        if (expect != null) {
            ExpectChecks.layers(expect.layers(), summary, SourceNode.join(path, "expect.layers"), problems);
        }
        values.put("field.height", row.field().sizeY());
        values.put("field.width", row.field().sizeX());
        layerValues(summary, values);
    }

    private static void network(NetworkStep step, String path, Problems problems, Map<String, Object> values) {
        NetworkSummary summary = step.network().summarize();
        List<Integer> outputShape = summary.layers().isEmpty() ? List.of(summary.input().channels(),
                summary.input().height(), summary.input().width())
                : summary.layers().get(summary.layers().size() - 1).outputShape();
        NetworkExpect expect = step.expect();
        if (expect != null && expect.totalParams() != null && expect.totalParams() != summary.totalParams()) {
            problems.error(SourceNode.join(path, "expect.totalParams"), "expected " + expect.totalParams()
                    + " parameters in total but the engine counts " + summary.totalParams());
        }
        if (expect != null && expect.outputShape() != null && !expect.outputShape().equals(outputShape)) {
            problems.error(SourceNode.join(path, "expect.outputShape"), "expected the output shape "
                    + expect.outputShape() + " but the engine computes " + outputShape);
        }
        if (expect != null) {
            ExpectChecks.layers(expect.layers(), summary, SourceNode.join(path, "expect.layers"), problems);
        }
        values.put("params.total", summary.totalParams());
        values.put("output.shape", outputShape);
        layerValues(summary, values);
    }

    /**
     * One layer's row of the summary as {@code layers[i].params}, {@code layers[i].outputShape},
     * {@code layers[i].outputSize} (the number of values in its output) and, before flatten,
     * {@code layers[i].field}.
     */
    private static void layerValues(NetworkSummary summary, Map<String, Object> values) {
        List<LayerSummary> rows = summary.layers();
        for (int i = 0; i < rows.size(); i++) {
            LayerSummary row = rows.get(i);
            String prefix = "layers[" + i + "].";
            values.put(prefix + "params", row.params());
            values.put(prefix + "outputShape", row.outputShape());
            values.put(prefix + "outputSize", row.outputShape().stream().mapToLong(Integer::longValue)
                    .reduce(1, (a, b) -> a * b));
            if (row.spatial()) {
                values.put(prefix + "field", List.of(row.field().sizeY(), row.field().sizeX()));
            }
        }
    }

    private static void parameterCounter(ParameterCounterStep step, String path, Problems problems,
                                         Map<String, Object> values) {
        if (step.minSize() > step.maxSize()) {
            problems.error(SourceNode.join(path, "minSize"), "minSize " + step.minSize() + " is larger than maxSize "
                    + step.maxSize());
            return;
        }
        if (step.size() < step.minSize() || step.size() > step.maxSize()) {
            problems.error(SourceNode.join(path, "size"), "the starting size " + step.size() + " must lie between"
                    + " minSize " + step.minSize() + " and maxSize " + step.maxSize());
            return;
        }
        long dense;
        long conv;
        try {
            step.convNetwork(step.minSize()).summarize();
            step.denseNetwork(step.maxSize()).summarize();
            dense = step.denseNetwork(step.size()).summarize().totalParams();
            conv = step.convNetwork(step.size()).summarize().totalParams();
        } catch (EngineException e) {
            problems.error(path, e.getMessage());
            return;
        }
        CounterExpect expect = step.expect();
        if (expect != null && expect.dense() != null && expect.dense() != dense) {
            problems.error(SourceNode.join(path, "expect.dense"), "expected " + expect.dense() + " parameters in the"
                    + " fully connected layer but the engine counts " + dense);
        }
        if (expect != null && expect.conv() != null && expect.conv() != conv) {
            problems.error(SourceNode.join(path, "expect.conv"), "expected " + expect.conv() + " parameters in the"
                    + " convolution but the engine counts " + conv);
        }
        values.put("dense.params", dense);
        values.put("conv.params", conv);
    }

    private static void playground(PlaygroundStep step, String path, LessonTensors tensors, Problems problems,
                                   Map<String, Object> values) {
        Tensor input = tensors.resolve(step.input(), SourceNode.join(path, "input"), problems);
        List<MapExpect> expected = step.expect() == null ? List.of() : step.expect().maps();
        if (expected.size() > step.kernels().size()) {
            problems.error(SourceNode.join(path, "expect.maps"), "there are " + expected.size() + " expected maps"
                    + " but only " + step.kernels().size() + (step.kernels().size() == 1 ? " kernel" : " kernels")
                    + "; give one entry per kernel, in the order of \"kernels\"");
        }
        if (input != null) {
            describe("input", input, values);
            values.put("stride", step.stride());
        }
        for (int i = 0; i < step.kernels().size(); i++) {
            String kernelPath = SourceNode.join(path, "kernels[" + i + "]");
            Tensor kernel = tensors.resolve(step.kernels().get(i), kernelPath, problems);
            if (input == null || kernel == null) {
                continue;
            }
            Tensor map;
            try {
                Shape k = kernel.shape();
                Padding padding = step.padding().resolve(input.shape().height(), input.shape().width(),
                        k.height(), k.width(), step.stride(), 1);
                Conv2d conv = Conv2d.of(kernel, step.stride(), padding, 1);
                conv.outputShape(input.shape());
                map = step.relu() ? Activations.relu(conv.apply(input)) : conv.apply(input);
            } catch (EngineException e) {
                problems.error(kernelPath, e.getMessage());
                continue;
            }
            if (i < expected.size()) {
                ExpectChecks.map(expected.get(i), map, SourceNode.join(path, "expect.maps[" + i + "]"), problems);
            }
            String prefix = "kernels[" + i + "].";
            values.put(prefix + "height", kernel.shape().height());
            values.put(prefix + "width", kernel.shape().width());
            String mapPrefix = "maps[" + i + "].";
            values.put(mapPrefix + "max", map.max());
            values.put(mapPrefix + "min", map.min());
            values.put(mapPrefix + "height", map.shape().height());
            values.put(mapPrefix + "width", map.shape().width());
        }
    }

    private static void quiz(QuizStep step, String path, Problems problems) {
        boolean choices = step.choices() != null;
        boolean numeric = step.answer() != null;
        if (choices == numeric) {
            problems.error(path, choices ? "a quiz has either \"choices\" (with \"correct\") or a numeric"
                    + " \"answer\", not both" : "a quiz needs either \"choices\" with \"correct\", or a numeric \"answer\"");
            return;
        }
        if (choices && step.correct() == null) {
            problems.error(path, "missing field \"correct\": the index of the right choice, counted from 0");
        } else if (choices && step.correct() >= step.choices().size()) {
            problems.error(SourceNode.join(path, "correct"), "there are only " + step.choices().size()
                    + " choices, numbered 0 to " + (step.choices().size() - 1) + ", but \"correct\" is " + step.correct());
        }
        if (!choices && step.correct() != null) {
            problems.error(SourceNode.join(path, "correct"), "\"correct\" is for choices; a numeric quiz has \"answer\"");
        }
        if (step.tolerance() != null && (!numeric || step.tolerance() < 0)) {
            problems.error(SourceNode.join(path, "tolerance"), numeric ? "the tolerance cannot be negative"
                    : "\"tolerance\" is for a numeric \"answer\"");
        }
    }

    /** Checks that the walked cells lie in the output map. */
    private static void walk(Walk walk, Shape output, String path, Problems problems) {
        if (walk == null) {
            return;
        }
        if (walk.first() != null && walk.first() > output.size()) {
            problems.error(SourceNode.join(path, "first"), "the output has only " + output.size() + " cells ("
                    + output + "), fewer than " + walk.first());
        }
        if (walk.cells() == null) {
            return;
        }
        for (int i = 0; i < walk.cells().size(); i++) {
            List<Integer> cell = walk.cells().get(i);
            int map = cell.size() == 3 ? cell.get(0) : 0;
            int y = cell.get(cell.size() - 2);
            int x = cell.get(cell.size() - 1);
            if (map >= output.channels() || !output.contains(y, x)) {
                problems.error(SourceNode.join(path, "cells[" + i + "]"), "the cell " + cell + " is outside the output"
                        + " (" + output.channels() + (output.channels() == 1 ? " map" : " maps") + " of "
                        + output.height() + "×" + output.width() + ", counted from 0)");
            }
        }
    }

    private static void describe(String prefix, Tensor tensor, Map<String, Object> values) {
        values.put(prefix + ".max", tensor.max());
        values.put(prefix + ".min", tensor.min());
        values.put(prefix + ".height", tensor.shape().height());
        values.put(prefix + ".width", tensor.shape().width());
        values.put(prefix + ".channels", tensor.shape().channels());
    }
}
