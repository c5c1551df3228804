package cnnlab.ui.training;

import java.util.Arrays;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** A spinner over a fixed list of learning rates, starting at the given one (added to the list if missing). */
final class RateFactory extends SpinnerValueFactory<Double> {
    private final double[] rates;

    RateFactory(double[] choices, double initial) {
        double[] all = Arrays.copyOf(choices, choices.length + 1);
        all[choices.length] = initial;
        this.rates = Arrays.stream(all).distinct().sorted().toArray();
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.valueOf(value);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return getValue();
                }
            }
        });
        setValue(initial);
    }

    @Override
    public void decrement(int steps) {
        move(-steps);
    }

    @Override
    public void increment(int steps) {
        move(steps);
    }

    private void move(int steps) {
        int at = Arrays.binarySearch(rates, getValue());
        setValue(rates[Math.max(0, Math.min(rates.length - 1, at + steps))]);
    }
}
