package cnnlab.ui.gradients;

import cnnlab.ui.grid.GridPicture;

/**
 * One grid of the gradients stage with its heading.
 *
 * @param heading   what the grid shows, e.g. "∂L/∂input (max)"
 * @param picture   the grid
 * @param clickable true for the grid whose cells the student picks (the output gradient, or the weight gradient)
 */
public record GradientPanel(String heading, GridPicture picture, boolean clickable) {
}
