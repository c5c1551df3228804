package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Which output cells an animated step walks through, and how fast. Without {@code first} and
 * {@code cells} it walks every cell in reading order.
 *
 * @param first walk only the first N cells in reading order; null for no limit
 * @param cells walk exactly these cells, each {@code [row, column]} or {@code [map, row, column]}
 *              (counted from 0); null for reading order
 * @param pace  seconds per cell at normal speed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Walk(Integer first, List<List<Integer>> cells, double pace) {
    /** Seconds per cell when a lesson does not say. */
    public static final double DEFAULT_PACE = 1.0;

    /** Every cell in reading order at the default pace. */
    public static final Walk ALL = new Walk(null, null, DEFAULT_PACE);

    public Walk {
        cells = cells == null ? null : cells.stream().map(List::copyOf).toList();
    }
}
