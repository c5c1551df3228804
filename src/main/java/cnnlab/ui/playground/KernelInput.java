package cnnlab.ui.playground;

import cnnlab.engine.Tensor;
import cnnlab.imaging.MatrixProblem;
import cnnlab.imaging.NumberText;
import cnnlab.imaging.PastedMatrix;
import cnnlab.ui.i18n.Messages;

/**
 * Typed and pasted weights checked and written into a kernel, the same for every
 * {@link KernelEditing}: a pure function of the weights and the text.
 *
 * @param weights the new weights, or null when the input was refused
 * @param refusal why the input was refused, in the current language, or null when accepted
 */
public record KernelInput(Tensor weights, String refusal) {

    /** True when the input was accepted. */
    public boolean accepted() {
        return refusal == null;
    }

    /**
     * {@code weights} with (plane, y, x) set to the number in {@code text}; refused when the text
     * is not a number.
     */
    public static KernelInput typed(Tensor weights, int plane, int y, int x, String text, Messages messages) {
        try {
            return new KernelInput(weights.with(plane, y, x, NumberText.parse(text.strip())), null);
        } catch (NumberFormatException e) {
            return new KernelInput(null, messages.format("playground.cell.notNumber", text.strip(),
                    NumberText.format(weights.get(plane, y, x))));
        }
    }

    /**
     * {@code weights} with a pasted block written into {@code plane}, its top-left at (top, left);
     * a kernel smaller than the block grows to fit it, up to {@link Kernel#MAX_SIDE}. Refused when
     * the text is not a block of numbers or the kernel would grow too large.
     */
    public static KernelInput pasted(Tensor weights, int plane, int top, int left, String text, Messages messages) {
        Tensor block;
        try {
            block = PastedMatrix.parse(text);
        } catch (MatrixProblem e) {
            return new KernelInput(null, messages.format("playground.paste.problem", e.getMessage()));
        }
        int height = Math.max(weights.shape().height(), top + block.shape().height());
        int width = Math.max(weights.shape().width(), left + block.shape().width());
        if (height > Kernel.MAX_SIDE || width > Kernel.MAX_SIDE) {
            return new KernelInput(null, messages.format("playground.paste.tooLarge", block.shape().height(),
                    block.shape().width(), Kernel.MAX_SIDE));
        }
        return new KernelInput(KernelTransforms.paste(KernelTransforms.resize(weights, height, width), plane, top,
                left, block), null);
    }
}
