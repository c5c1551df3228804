package cnnlab.timeline;

import java.util.List;

/**
 * What the caption under the stage says, as a message key and its arguments; the UI looks the
 * key up in the current language and fills in the arguments (positional, as in
 * {@code java.text.MessageFormat}). Row, column, filter, channel and layer numbers in the
 * arguments count from 1, as a student reads them; every other number in a scene state counts
 * from 0.
 *
 * <p>Keys and arguments:
 * <ul>
 *   <li>{@code conv.move}, {@code conv.terms}, {@code conv.carry}, {@code conv.reveal},
 *       {@code conv.fastForward}: filter, row, column, products shown, products in all,
 *       partial sum, output value</li>
 *   <li>{@code pool.max.*} and {@code pool.avg.*} with the same phase words: channel, row, column,
 *       cells shown, cells under the window, output value (the max or the mean)</li>
 *   <li>{@code field.layer}: layer lit up (0 is the input), focus layer, field height, field
 *       width, jump down, jump across, cells lit on that layer — height, width and jumps in
 *       cells of the lit layer, from the closed form</li>
 * </ul>
 *
 * @param key  the message key
 * @param args the values to fill in
 */
public record Caption(String key, List<Object> args) {
    public Caption {
        args = List.copyOf(args);
    }
}
