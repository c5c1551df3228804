package cnnlab.engine;

/**
 * One kernel tap of one window position: which input cell it reads, the weight it uses and
 * their product.
 *
 * @param channel  input channel
 * @param kernelY  row inside the kernel as displayed (before any flip)
 * @param kernelX  column inside the kernel as displayed (before any flip)
 * @param inputY   input row; negative or ≥ height for padding cells
 * @param inputX   input column; negative or ≥ width for padding cells
 * @param padding  true when the tap falls on the zero-padding ring
 * @param input    the input value (0 for padding)
 * @param weight   the weight actually multiplied (the flipped one when the convolution flips)
 * @param product  {@code input · weight}
 */
public record ConvTap(int channel, int kernelY, int kernelX, int inputY, int inputX, boolean padding,
                      float input, float weight, float product) {
}
