package cnnlab.ui.stage;

import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * A stage whose settings the student changes (a convolution's {@code controls}), so the values
 * the step's texts name change with them. The player fills the texts from
 * {@link #valuesProperty()} while such a stage is shown.
 */
public interface ChangingValues {

    /**
     * The values by placeholder name for the settings on stage, written in the current language
     * ({@code cnnlab.lesson.StepValues}); replaced after every change and every language switch.
     */
    ReadOnlyObjectProperty<Map<String, String>> valuesProperty();
}
