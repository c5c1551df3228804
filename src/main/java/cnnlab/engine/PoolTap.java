package cnnlab.engine;

/**
 * One cell under a pooling window.
 *
 * @param inputY  input row; outside the input for padding cells
 * @param inputX  input column
 * @param padding true when the cell is padding (ignored by both max and average)
 * @param value   the input value (0 for padding, which is never used)
 */
public record PoolTap(int inputY, int inputX, boolean padding, float value) {
}
