package cnnlab.engine;

/**
 * One layer of a sequential network description, as the summary and receptive-field views
 * read it. Names are optional; {@link Network} fills in defaults such as {@code conv_1}.
 */
public sealed interface LayerSpec {

    /** The layer's own name, or null for a generated one. */
    String name();

    /** The short type word used in network files and summaries, e.g. {@code conv}. */
    String type();

    /** A convolution with {@code filters} kernels of {@code kernelHeight × kernelWidth}. */
    record Conv(String name, int filters, int kernelHeight, int kernelWidth, int stride, PaddingRule padding,
                int dilation, boolean bias) implements LayerSpec {
        public Conv {
            EngineException.require(filters >= 1, "filters must be at least 1, got " + filters);
            EngineException.require(kernelHeight >= 1 && kernelWidth >= 1,
                    "kernel must be at least 1×1, got " + kernelHeight + "×" + kernelWidth);
            EngineException.require(stride >= 1, "stride must be at least 1, got " + stride);
            EngineException.require(dilation >= 1, "dilation must be at least 1, got " + dilation);
            EngineException.require(padding != null, "padding is missing");
        }

        @Override
        public String type() {
            return "conv";
        }

        /** The window geometry for an input of {@code height × width}. */
        public ConvSpec window(int height, int width) {
            return new ConvSpec(kernelHeight, kernelWidth, stride,
                    padding.resolve(height, width, kernelHeight, kernelWidth, stride, dilation), dilation);
        }
    }

    /** Max or average pooling. */
    record Pool(String name, PoolSpec spec) implements LayerSpec {
        public Pool {
            EngineException.require(spec != null, "pool spec is missing");
        }

        @Override
        public String type() {
            return spec.kind() == PoolKind.MAX ? "maxpool" : "avgpool";
        }
    }

    /** {@code max(0, v)} element-wise. */
    record Relu(String name) implements LayerSpec {
        @Override
        public String type() {
            return "relu";
        }
    }

    /** Reshapes {@code C × H × W} into a vector of {@code C·H·W} values. */
    record Flatten(String name) implements LayerSpec {
        @Override
        public String type() {
            return "flatten";
        }
    }

    /** A fully connected layer of {@code units} outputs. */
    record Dense(String name, int units, boolean bias) implements LayerSpec {
        public Dense {
            EngineException.require(units >= 1, "units must be at least 1, got " + units);
        }

        @Override
        public String type() {
            return "dense";
        }
    }

    /** Drops a fraction {@code rate} of values while training; no parameters, shape unchanged. */
    record Dropout(String name, double rate) implements LayerSpec {
        public Dropout {
            EngineException.require(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), got " + rate);
        }

        @Override
        public String type() {
            return "dropout";
        }
    }

    /** Turns scores into probabilities; no parameters, shape unchanged. */
    record Softmax(String name) implements LayerSpec {
        @Override
        public String type() {
            return "softmax";
        }
    }
}
