package cnnlab.lesson;

import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one step of a lesson by its {@code "type"}; the fields of each type come from its
 * record ({@link RecordFields}). Reports every structural problem; the engine checks come after
 * ({@link StepChecks}).
 */
final class StepReader {
    private static final Map<String, Class<? extends Record>> TYPES = RecordFields.stepTypes();

    private StepReader() {
    }

    /** The step type words, e.g. {@code convolution}. */
    static List<String> typeNames() {
        return List.copyOf(TYPES.keySet());
    }

    /** The step at {@code node}, or null after a problem. */
    static Step read(SourceNode node, Problems problems) {
        String type = Values.type(node, problems, "step", "{\"type\": \"prose\", \"text\": ...}", TYPES.keySet());
        if (type == null) {
            return null;
        }
        Class<? extends Record> record = TYPES.get(type);
        int before = problems.errorCount();
        ObjectFields fields = ObjectFields.forRecord(node, problems, "a " + type + " step", record);
        Text title = TextReader.optional(fields.field("title"), problems);
        Text text = TextReader.optional(fields.field("text"), problems);
        Step step = readBody(type, title, text, fields, problems);
        return problems.errorCount() == before ? step : null;
    }

    private static Step readBody(String type, Text title, Text text, ObjectFields f, Problems problems) {
        switch (type) {
            case "prose":
                return new ProseStep(title, text);
            case "convolution": {
                ConvolutionLayer layer = convolutionLayer(f, problems);
                TensorSpec input = tensor(f.field("input"), problems);
                return layer == null ? null : new ConvolutionStep(title, text, input, layer.kernels(), layer.bias(),
                        layer.stride(), layer.padding(), layer.dilation(), layer.flip(), layer.relu(),
                        walk(f.field("walk"), problems), f.bool("showFlipped", false), f.bool("highlightMax", false),
                        controls(f.field("controls"), problems), mapExpect(f.field("expect"), problems),
                        f.bool("showSizeFormula", false));
            }
            case "pooling": {
                SourceNode convNode = f.field("convolution");
                ConvolutionLayer conv = convNode == null ? null : convolutionLayer(ObjectFields.forRecord(convNode,
                        problems, "a convolution before pooling", ConvolutionLayer.class), problems);
                int size = f.wholeNumber("size", 2, 1);
                SourceNode kindNode = f.field("kind");
                String kind = kindNode == null ? PoolChoice.MAX.word() : Values.word(kindNode, problems, "pooling kind",
                        Arrays.stream(PoolChoice.values()).map(PoolChoice::word).toList());
                return new PoolingStep(title, text, tensor(f.field("input"), problems), conv, size,
                        f.wholeNumber("stride", size, 1), f.wholeNumber("padding", 0, 0),
                        kind == null ? null : PoolChoice.valueOf(kind.toUpperCase(Locale.ROOT)),
                        walk(f.field("walk"), problems), mapExpect(f.field("expect"), problems),
                        mapExpect(f.field("expectAverage"), problems));
            }
            case "receptiveField": {
                SourceNode focusNode = f.field("focus");
                Focus focus = null;
                if (focusNode != null) {
                    ObjectFields ff = ObjectFields.forRecord(focusNode, problems, "a focus cell", Focus.class);
                    Integer layer = ff.wholeNumberOrNull("layer", 0);
                    Integer y = ff.wholeNumberOrNull("y", 0);
                    Integer x = ff.wholeNumberOrNull("x", 0);
                    focus = layer == null || y == null || x == null ? null : new Focus(layer, y, x);
                }
                return new ReceptiveFieldStep(title, text, network(f.field("network"), problems), focus,
                        fieldExpect(f.field("expect"), problems));
            }
            case "network": {
                SourceNode presetsNode = f.field("presets");
                List<NetworkPreset> presets = presetsNode == null ? null
                        : Values.list(presetsNode, problems, "presets", 1, StepReader::preset);
                SourceNode expectNode = f.field("expect");
                NetworkExpect expect = null;
                if (expectNode != null) {
                    ObjectFields ef = ObjectFields.forRecord(expectNode, problems, "an expect block", NetworkExpect.class);
                    SourceNode shape = ef.field("outputShape");
                    expect = new NetworkExpect(ef.count("totalParams"),
                            shape == null ? null : Values.wholeNumbers(shape, problems, "output shape", 1),
                            layerExpects(ef.field("layers"), problems));
                }
                return new NetworkStep(title, text, network(f.field("network"), problems), f.bool("editable", false),
                        presets, expect);
            }
            case "parameterCounter": {
                SourceNode expectNode = f.field("expect");
                CounterExpect expect = null;
                if (expectNode != null) {
                    ObjectFields ef = ObjectFields.forRecord(expectNode, problems, "an expect block", CounterExpect.class);
                    expect = new CounterExpect(ef.count("dense"), ef.count("conv"));
                }
                return new ParameterCounterStep(title, text, f.wholeNumber("channels", 0, 1),
                        f.wholeNumber("minSize", 0, 1), f.wholeNumber("maxSize", 0, 1), f.wholeNumber("size", 0, 1),
                        f.wholeNumber("neurons", 0, 1), f.wholeNumber("kernel", 0, 1), f.wholeNumber("filters", 1, 1),
                        f.bool("bias", true), expect);
            }
            case "playground": {
                SourceNode kernels = f.field("kernels");
                return new PlaygroundStep(title, text, tensor(f.field("input"), problems),
                        kernels == null ? List.of() : tensors(kernels, problems), f.wholeNumber("stride", 1, 1),
                        padding(f.field("padding"), problems), f.bool("relu", false),
                        playgroundExpect(f.field("expect"), problems));
            }
            case "quiz": {
                SourceNode choicesNode = f.field("choices");
                SourceNode answerNode = f.field("answer");
                SourceNode toleranceNode = f.field("tolerance");
                return new QuizStep(title, text, TextReader.optional(f.field("question"), problems),
                        choicesNode == null ? null : Values.list(choicesNode, problems, "choices", 2, TextReader::read),
                        f.wholeNumberOrNull("correct", 0),
                        answerNode == null ? null : Values.number(answerNode, problems),
                        toleranceNode == null ? null : Values.number(toleranceNode, problems),
                        TextReader.optional(f.field("explanation"), problems));
            }
            case "gradients":
                return gradients(title, text, f, problems);
            case "insight": {
                SourceNode rateNode = f.field("learningRate");
                Double rate = rateNode == null ? InsightStep.DEFAULT_LEARNING_RATE : Values.number(rateNode, problems);
                if (rate != null && rate <= 0) {
                    problems.error(rateNode, "the learning rate must be more than 0, but this is " + rate);
                }
                SourceNode shapeNode = f.field("shape");
                SourceNode viewNode = f.field("view");
                return new InsightStep(title, text, network(f.field("network"), problems),
                        f.wholeNumber("epochs", InsightStep.DEFAULT_EPOCHS, 1), f.wholeNumber("seed", 1, Integer.MIN_VALUE),
                        rate == null ? InsightStep.DEFAULT_LEARNING_RATE : rate,
                        shapeNode == null ? null : Values.word(shapeNode, problems, "shape", InsightStep.SHAPES),
                        viewNode == null ? null : Values.word(viewNode, problems, "view", InsightStep.VIEWS));
            }
            default: {
                SourceNode datasetNode = f.field("dataset");
                SourceNode rateNode = f.field("learningRate");
                Double rate = rateNode == null ? null : Values.number(rateNode, problems);
                if (rate != null && rate <= 0) {
                    problems.error(rateNode, "the learning rate must be more than 0, but this is " + rate);
                }
                return new TrainingStep(title, text, network(f.field("network"), problems),
                        datasetNode == null ? null : Values.word(datasetNode, problems, "data set", TrainingStep.DATASETS),
                        f.wholeNumber("epochs", 1, 1), f.wholeNumber("seed", 1, Integer.MIN_VALUE),
                        rate == null ? 0 : rate);
            }
        }
    }

    private static GradientsStep gradients(Text title, Text text, ObjectFields f, Problems problems) {
        SourceNode layerNode = f.field("layer");
        String layer = layerNode == null ? null : Values.word(layerNode, problems, "layer", GradientsStep.LAYERS);
        boolean pooling = GradientsStep.POOLING.equals(layer);
        int size = f.wholeNumber("size", 2, 1);
        if (!pooling && f.field("size") != null) {
            problems.error(f.field("size"), "\"size\" is the pooling window; a convolution's size is its kernel's");
        }
        SourceNode kindNode = f.field("kind");
        String kind = kindNode == null ? null : Values.word(kindNode, problems, "pooling kind",
                Arrays.stream(PoolChoice.values()).map(PoolChoice::word).toList());
        SourceNode kernel = f.field("kernel");
        SourceNode gradient = f.field("outputGradient");
        return new GradientsStep(title, text, layer, tensor(f.field("input"), problems),
                tensor(kernel, problems), pooling ? size : 0, f.wholeNumber("stride", pooling ? size : 1, 1),
                kind == null ? null : PoolChoice.valueOf(kind.toUpperCase(Locale.ROOT)), tensor(gradient, problems));
    }

    /** The convolution fields shared by a convolution step and a pooling step's convolution. */
    private static ConvolutionLayer convolutionLayer(ObjectFields f, Problems problems) {
        if (!f.isObject()) {
            return null;
        }
        SourceNode kernels = f.field("kernels");
        SourceNode biasNode = f.field("bias");
        return new ConvolutionLayer(kernels == null ? List.of() : tensors(kernels, problems),
                biasNode == null ? null : Values.numbers(biasNode, problems, "bias values"),
                f.wholeNumber("stride", 1, 1), padding(f.field("padding"), problems), f.wholeNumber("dilation", 1, 1),
                f.bool("flip", false), f.bool("relu", false));
    }

    private static PaddingRule padding(SourceNode node, Problems problems) {
        return node == null ? PaddingRule.VALID : NetworkReader.readPadding(node, problems, true);
    }

    private static TensorSpec tensor(SourceNode node, Problems problems) {
        return node == null ? null : TensorSpecReader.read(node, problems);
    }

    private static List<TensorSpec> tensors(SourceNode node, Problems problems) {
        List<TensorSpec> list = Values.list(node, problems, "kernels", 1, TensorSpecReader::read);
        return list == null ? List.of() : list;
    }

    private static Network network(SourceNode node, Problems problems) {
        return node == null ? null : NetworkReader.read(node, problems);
    }

    private static NetworkPreset preset(SourceNode node, Problems problems) {
        ObjectFields f = ObjectFields.forRecord(node, problems, "a network preset", NetworkPreset.class);
        String name = f.text("name");
        Network network = network(f.field("network"), problems);
        return name == null || network == null ? null : new NetworkPreset(name, network);
    }

    private static Walk walk(SourceNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        ObjectFields f = ObjectFields.forRecord(node, problems, "a walk", Walk.class);
        Integer first = f.wholeNumberOrNull("first", 1);
        SourceNode cellsNode = f.field("cells");
        List<List<Integer>> cells = cellsNode == null ? null : Values.list(cellsNode, problems, "cells", 1, (n, p) -> {
            List<Integer> cell = Values.wholeNumbers(n, p, "cell", 0);
            if (cell != null && cell.size() != 2 && cell.size() != 3) {
                p.error(n, "a cell is [row, column] or [map, row, column], counted from 0, but this list has "
                        + cell.size() + " numbers");
                return null;
            }
            return cell;
        });
        if (first != null && cells != null) {
            problems.error(node, "give either \"first\" or \"cells\", not both");
        }
        SourceNode paceNode = f.field("pace");
        Double pace = paceNode == null ? Walk.DEFAULT_PACE : Values.number(paceNode, problems);
        if (pace != null && pace <= 0) {
            problems.error(paceNode, "the pace is seconds per cell and must be more than 0, but this is " + pace);
        }
        return new Walk(first, cells, pace == null ? Walk.DEFAULT_PACE : pace);
    }

    private static List<Control> controls(SourceNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        List<String> known = Arrays.stream(Control.values()).map(Control::word).toList();
        List<String> words = Values.list(node, problems, "controls", 1, (n, p) -> Values.word(n, p, "control", known));
        return words == null ? null : words.stream().map(w -> Control.valueOf(w.toUpperCase(Locale.ROOT))).toList();
    }

    private static FieldExpect fieldExpect(SourceNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        ObjectFields f = ObjectFields.forRecord(node, problems, "an expect block", FieldExpect.class);
        return new FieldExpect(fieldSize(f.field("field"), problems), layerExpects(f.field("layers"), problems));
    }

    /** {@code [height, width]} of a receptive field, or null when absent or wrong. */
    private static List<Integer> fieldSize(SourceNode node, Problems problems) {
        List<Integer> size = node == null ? null : Values.wholeNumbers(node, problems, "field", 1);
        if (size != null && size.size() != 2) {
            problems.error(node, "a field is [height, width] in input cells, e.g. [5, 5], but this list has "
                    + size.size() + (size.size() == 1 ? " number" : " numbers"));
            return null;
        }
        return size;
    }

    private static List<LayerExpect> layerExpects(SourceNode node, Problems problems) {
        return node == null ? null : Values.list(node, problems, "layers", 1, (n, p) -> {
            ObjectFields f = ObjectFields.forRecord(n, p, "a layer's expect", LayerExpect.class);
            Integer layer = f.wholeNumberOrNull("layer", 0);
            SourceNode shape = f.field("outputShape");
            List<Integer> outputShape = shape == null ? null : Values.wholeNumbers(shape, p, "output shape", 1);
            return layer == null ? null : new LayerExpect(layer, f.count("params"), outputShape,
                    fieldSize(f.field("field"), p));
        });
    }

    private static PlaygroundExpect playgroundExpect(SourceNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        ObjectFields f = ObjectFields.forRecord(node, problems, "an expect block", PlaygroundExpect.class);
        SourceNode maps = f.field("maps");
        List<MapExpect> list = maps == null ? null : Values.list(maps, problems, "maps", 1, StepReader::mapExpect);
        return list == null ? null : new PlaygroundExpect(list);
    }

    private static MapExpect mapExpect(SourceNode node, Problems problems) {
        if (node == null) {
            return null;
        }
        ObjectFields f = ObjectFields.forRecord(node, problems, "an expect block", MapExpect.class);
        SourceNode output = f.field("output");
        SourceNode shape = f.field("shape");
        List<Integer> shapeValues = shape == null ? null : Values.wholeNumbers(shape, problems, "shape", 1);
        if (shapeValues != null && shapeValues.size() != 3) {
            problems.error(shape, "the shape is [maps, height, width], but this list has " + shapeValues.size()
                    + " numbers");
        }
        SourceNode max = f.field("max");
        SourceNode min = f.field("min");
        return new MapExpect(output == null ? null : TensorSpecReader.literal(output, problems), shapeValues,
                max == null ? null : Values.number(max, problems), min == null ? null : Values.number(min, problems));
    }

}
