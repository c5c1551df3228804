package cnnlab.ui.grid;

/** Maps a cell value to the ARGB colour it is painted with. */
@FunctionalInterface
public interface CellColors {
    int argb(float value);
}
