package cnnlab.ui.network;

/**
 * One row of the network builder's table: the layer's settings and either its summary (output
 * shape, parameters, receptive field) or why it cannot follow its predecessor.
 *
 * @param index    the layer's place, from 0 (the table shows it from 1, as the engine's messages count)
 * @param type     its type word
 * @param settings its numbers in short, e.g. {@code 32 × 3×3, s1, p0}
 * @param summary  the summary row; null for the layer that fails and the layers after it
 * @param problem  why this layer cannot follow its predecessor; empty otherwise
 */
public record BuilderRow(int index, String type, String settings, NetworkViewModel.Row summary, String problem) {

    /** True for the layer that cannot follow its predecessor. */
    public boolean failed() {
        return !problem.isEmpty();
    }

    /** The problem without the engine's "layer N (name): " in front, which the row itself shows. */
    public String reason() {
        int colon = problem.indexOf("): ");
        return colon < 0 ? problem : problem.substring(colon + 3);
    }

    /** The summary column {@code column} of the row, or "" when the layer was not reached or failed. */
    public String summaryText(java.util.function.Function<NetworkViewModel.Row, String> column) {
        return summary == null ? "" : column.apply(summary);
    }
}
