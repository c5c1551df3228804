package cnnlab.ui.network;

/**
 * A number of a layer the student may change in the network builder, with its range. For
 * padding, {@link #SAME_PADDING} stands for "same".
 */
public enum LayerSetting {
    FILTERS(1, 4096),
    KERNEL(1, 15),
    STRIDE(1, 8),
    /** From −1, {@link #SAME_PADDING}. */
    PADDING(-1, 7),
    SIZE(1, 8),
    UNITS(1, 10_000),
    DROPOUT_PERCENT(0, 95);

    /** The padding value that means "same". */
    public static final int SAME_PADDING = -1;

    private final int min;
    private final int max;

    LayerSetting(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The message key of its label, e.g. {@code builder.setting.filters}. */
    public String messageKey() {
        return "builder.setting." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
