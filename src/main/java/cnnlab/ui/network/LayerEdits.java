package cnnlab.ui.network;

import cnnlab.engine.LayerSpec;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The network builder's edits of one layer: its settings as numbers, and a new layer with one number changed. */
public final class LayerEdits {
    /** The layer types the builder offers, as network files name them. */
    public static final List<String> TYPES = List.of("conv", "maxpool", "avgpool", "relu", "flatten", "dense",
            "dropout", "softmax");

    private LayerEdits() {
    }

    /** A new layer of {@code type} with everyday sizes: conv 16 3×3, pooling 2×2, dense 64, dropout 25 %. */
    public static LayerSpec fresh(String type) {
        switch (type) {
            case "conv":
                return new LayerSpec.Conv(null, 16, 3, 3, 1, PaddingRule.VALID, 1, true);
            case "maxpool":
                return new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.MAX));
            case "avgpool":
                return new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.AVG));
            case "relu":
                return new LayerSpec.Relu(null);
            case "flatten":
                return new LayerSpec.Flatten(null);
            case "dense":
                return new LayerSpec.Dense(null, 64, true);
            case "dropout":
                return new LayerSpec.Dropout(null, 0.25);
            case "softmax":
                return new LayerSpec.Softmax(null);
            default:
                throw new IllegalArgumentException("no layer type " + type + "; known: " + TYPES);
        }
    }

    /** The numbers of {@code layer} the student may change, in display order; empty for relu, flatten, softmax. */
    public static Map<LayerSetting, Integer> settings(LayerSpec layer) {
        Map<LayerSetting, Integer> settings = new LinkedHashMap<>();
        if (layer instanceof LayerSpec.Conv conv) {
            settings.put(LayerSetting.FILTERS, conv.filters());
            settings.put(LayerSetting.KERNEL, conv.kernelHeight());
            settings.put(LayerSetting.STRIDE, conv.stride());
            settings.put(LayerSetting.PADDING, conv.padding().same() ? LayerSetting.SAME_PADDING : conv.padding().amount());
        } else if (layer instanceof LayerSpec.Pool pool) {
            settings.put(LayerSetting.SIZE, pool.spec().size());
            settings.put(LayerSetting.STRIDE, pool.spec().stride());
        } else if (layer instanceof LayerSpec.Dense dense) {
            settings.put(LayerSetting.UNITS, dense.units());
        } else if (layer instanceof LayerSpec.Dropout dropout) {
            settings.put(LayerSetting.DROPOUT_PERCENT, (int) Math.round(dropout.rate() * 100));
        }
        return settings;
    }

    /**
     * {@code layer} with {@code setting} set to {@code value} (clamped to the setting's range);
     * the layer itself when it has no such setting. A conv kernel stays square.
     */
    public static LayerSpec with(LayerSpec layer, LayerSetting setting, int value) {
        int v = Math.max(setting.min(), Math.min(setting.max(), value));
        if (layer instanceof LayerSpec.Conv c) {
            switch (setting) {
                case FILTERS:
                    return new LayerSpec.Conv(c.name(), v, c.kernelHeight(), c.kernelWidth(), c.stride(), c.padding(),
                            c.dilation(), c.bias());
                case KERNEL:
                    return new LayerSpec.Conv(c.name(), c.filters(), v, v, c.stride(), c.padding(), c.dilation(), c.bias());
                case STRIDE:
                    return new LayerSpec.Conv(c.name(), c.filters(), c.kernelHeight(), c.kernelWidth(), v, c.padding(),
                            c.dilation(), c.bias());
                case PADDING:
                    return new LayerSpec.Conv(c.name(), c.filters(), c.kernelHeight(), c.kernelWidth(), c.stride(),
                            v == LayerSetting.SAME_PADDING ? PaddingRule.SAME : PaddingRule.of(v), c.dilation(), c.bias());
                default:
                    return layer;
            }
        }
        if (layer instanceof LayerSpec.Pool p) {
            PoolSpec s = p.spec();
            if (setting == LayerSetting.SIZE) {
                return new LayerSpec.Pool(p.name(), new PoolSpec(v, s.stride() == s.size() ? v : s.stride(),
                        Math.min(s.padding(), v / 2), s.kind()));
            }
            return setting == LayerSetting.STRIDE ? new LayerSpec.Pool(p.name(), new PoolSpec(s.size(), v, s.padding(),
                    s.kind())) : layer;
        }
        if (layer instanceof LayerSpec.Dense d && setting == LayerSetting.UNITS) {
            return new LayerSpec.Dense(d.name(), v, d.bias());
        }
        if (layer instanceof LayerSpec.Dropout d && setting == LayerSetting.DROPOUT_PERCENT) {
            return new LayerSpec.Dropout(d.name(), v / 100.0);
        }
        return layer;
    }

    /** The settings in a few characters, e.g. {@code 32 × 3×3, stride 1, padding 0}. */
    public static String describe(LayerSpec layer) {
        if (layer instanceof LayerSpec.Conv c) {
            return c.filters() + " × " + c.kernelHeight() + "×" + c.kernelWidth() + ", s" + c.stride() + ", p"
                    + (c.padding().same() ? "same" : String.valueOf(c.padding().amount()));
        }
        if (layer instanceof LayerSpec.Pool p) {
            return p.spec().size() + "×" + p.spec().size() + ", s" + p.spec().stride();
        }
        if (layer instanceof LayerSpec.Dense d) {
            return String.valueOf(d.units());
        }
        if (layer instanceof LayerSpec.Dropout d) {
            return Math.round(d.rate() * 100) + " %";
        }
        return "";
    }
}
