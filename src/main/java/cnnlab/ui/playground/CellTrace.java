package cnnlab.ui.playground;

import cnnlab.engine.ConvCell;
import cnnlab.engine.PoolCell;

/**
 * What the hovered map cell is made of, straight from the engine's traces.
 *
 * @param kernel which kernel's map
 * @param y      row in the shown map
 * @param x      column in the shown map
 * @param value  the shown value
 * @param conv   the convolution behind it ({@link cnnlab.engine.Conv2d#traceCell}); for a pooled
 *               map, the cell that won max pooling or the first cell of an average window
 * @param pool   the pooling window ({@link cnnlab.engine.Pool2d#traceCell}), or null without pooling
 */
public record CellTrace(int kernel, int y, int x, float value, ConvCell conv, PoolCell pool) {
}
