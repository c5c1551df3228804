package cnnlab.ui.i18n;

import cnnlab.timeline.Caption;
import cnnlab.ui.grid.CellText;
import java.util.List;

/** Turns a timeline {@link Caption} into a sentence in the current language. */
public final class CaptionText {
    private CaptionText() {
    }

    /**
     * The caption's message with its arguments filled in; decimals are written as the grid
     * writes them ({@link CellText}), so the caption and the cells agree.
     *
     * @return the sentence, or an empty string for no caption
     */
    public static String format(Messages messages, Caption caption) {
        if (caption == null) {
            return "";
        }
        List<Object> args = caption.args();
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args.get(i);
            shown[i] = arg instanceof Float f ? CellText.format(f)
                    : arg instanceof Double d ? CellText.format(d.floatValue()) : arg;
        }
        return messages.format(caption.key(), shown);
    }
}
