package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.NetworkSummary;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A trainable model built from a {@link Network} description: one {@link Layer} per
 * {@link LayerSpec}, run first to last on one example at a time. Layer names are those of
 * {@link Network#summarize()} ({@code conv_1}, {@code dense_2}, …).
 *
 * <p>Weights are drawn from one {@link Random} seeded with {@code seed}, layer by layer in order:
 * {@link WeightInit#HE_NORMAL} for a convolution or dense layer directly followed by ReLU,
 * {@link WeightInit#XAVIER_UNIFORM} otherwise; biases start at 0. Dropout masks are seeded from
 * {@code seed} and the layer's position. The same network and seed always give the same model.
 *
 * <p>A model remembers its last forward pass for {@link #backward} and is not thread-safe;
 * give another thread a {@link #copy()}.
 */
public final class Sequential {
    private final Network network;
    private final List<Layer> layers;
    private int lastDepth = -1;

    private Sequential(Network network, List<Layer> layers) {
        this.network = network;
        this.layers = List.copyOf(layers);
    }

    /**
     * Builds the layers of {@code network} and initialises their weights (class comment).
     *
     * @throws EngineException naming the layer that cannot follow its input
     */
    public static Sequential of(Network network, long seed) {
        NetworkSummary summary = network.summarize();
        List<Layer> layers = new ArrayList<>();
        Shape shape = network.input();
        for (int i = 0; i < network.layers().size(); i++) {
            String name = summary.layers().get(i).name();
            try {
                Layer layer = build(network.layers().get(i), name, shape, seed * 31 + i);
                layers.add(layer);
                shape = layer.outputShape();
            } catch (EngineException e) {
                throw new EngineException("layer " + (i + 1) + " (" + name + "): " + e.getMessage());
            }
        }
        Random random = new Random(seed);
        for (int i = 0; i < layers.size(); i++) {
            boolean beforeRelu = i + 1 < layers.size() && layers.get(i + 1) instanceof ReluLayer;
            WeightInit rule = beforeRelu ? WeightInit.HE_NORMAL : WeightInit.XAVIER_UNIFORM;
            if (layers.get(i) instanceof ConvLayer conv) {
                conv.initialise(rule, random);
            } else if (layers.get(i) instanceof DenseLayer dense) {
                dense.initialise(rule, random);
            }
        }
        return new Sequential(network, layers);
    }

    private static Layer build(LayerSpec spec, String name, Shape input, long seed) {
        if (spec instanceof LayerSpec.Conv conv) {
            return new ConvLayer(name, conv, input);
        } else if (spec instanceof LayerSpec.Pool pool) {
            return new PoolLayer(name, pool.spec(), input);
        } else if (spec instanceof LayerSpec.Relu) {
            return new ReluLayer(name, input);
        } else if (spec instanceof LayerSpec.Flatten) {
            return new FlattenLayer(name, input);
        } else if (spec instanceof LayerSpec.Dense dense) {
            return new DenseLayer(name, dense.units(), dense.bias(), input);
        } else if (spec instanceof LayerSpec.Dropout dropout) {
            return new DropoutLayer(name, dropout.rate(), input, seed);
        } else if (spec instanceof LayerSpec.Softmax) {
            return new SoftmaxLayer(name, input);
        }
        throw new EngineException("layer type " + spec.type() + " cannot be trained");
    }

    /** The description the model was built from. */
    public Network network() {
        return network;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The input shape. */
    public Shape inputShape() {
        return network.input();
    }

    /** Every trainable parameter, layer by layer. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        return Collections.unmodifiableList(all);
    }

    /** Number of trainable values. */
    public long parameterCount() {
        return parameters().stream().mapToLong(Parameter::size).sum();
    }

    /** Sets every parameter gradient to 0. Modified: the gradients. */
    public void zeroGradients() {
        for (Parameter p : parameters()) {
            p.zeroGradients();
        }
    }

    /** Dropout draws masks while training and passes values through otherwise. Modified: the dropout layers. */
    public void setTraining(boolean training) {
        for (Layer layer : layers) {
            if (layer instanceof DropoutLayer dropout) {
                dropout.setTraining(training);
            }
        }
    }

    /** The output of the last layer (probabilities when the network ends in softmax). Modified: the layers' memory. */
    public Tensor forward(Tensor input) {
        return run(input, layers.size(), null);
    }

    /**
     * The class scores (logits): the output of every layer except a final softmax, which
     * {@link SoftmaxCrossEntropy} applies itself. Modified: the layers' memory.
     */
    public Tensor scores(Tensor input) {
        return run(input, scoreDepth(), null);
    }

    /** The index of the highest score (the first on ties). Modified: the layers' memory. */
    public int predict(Tensor input) {
        return Evaluation.argmax(scores(input));
    }

    /**
     * The output of every layer, {@code activations.get(i)} being the output of layer {@code i},
     * for all layers. Modified: the layers' memory, so {@link #backward} may follow.
     */
    public List<Tensor> activations(Tensor input) {
        List<Tensor> outputs = new ArrayList<>(layers.size());
        run(input, layers.size(), outputs);
        return outputs;
    }

    private Tensor run(Tensor input, int depth, List<Tensor> outputs) {
        Tensor x = input;
        for (int i = 0; i < depth; i++) {
            x = layers.get(i).forward(x);
            if (outputs != null) {
                outputs.add(x);
            }
        }
        lastDepth = depth;
        return x;
    }

    private int scoreDepth() {
        int n = layers.size();
        return n > 0 && layers.get(n - 1) instanceof SoftmaxLayer ? n - 1 : n;
    }

    /**
     * Back-propagates {@code ∂L/∂out} of the last forward pass ({@link #forward}, {@link #scores}
     * or {@link #activations}) to the input. Modified: parameter gradients (added into).
     *
     * @return {@code ∂L/∂input}
     */
    public Tensor backward(Tensor outputGradient) {
        return gradients(outputGradient).get(0);
    }

    /**
     * Like {@link #backward}, but keeps the gradient at every layer boundary: element {@code i}
     * is {@code ∂L/∂(input of layer i)}, the last element is {@code outputGradient} itself.
     * Modified: parameter gradients (added into).
     */
    public List<Tensor> gradients(Tensor outputGradient) {
        ShapeCheck.requireForward(lastDepth < 0 ? null : this, "the model");
        Tensor[] result = new Tensor[lastDepth + 1];
        result[lastDepth] = outputGradient;
        for (int i = lastDepth - 1; i >= 0; i--) {
            result[i] = layers.get(i).backward(result[i + 1]);
        }
        return List.of(result);
    }

    /** An independent model with the same network and a copy of every parameter value, in evaluation mode. */
    public Sequential copy() {
        Sequential copy = of(network, 0);
        List<Parameter> mine = parameters();
        List<Parameter> theirs = copy.parameters();
        for (int i = 0; i < mine.size(); i++) {
            theirs.get(i).copyFrom(mine.get(i));
        }
        return copy;
    }
}
