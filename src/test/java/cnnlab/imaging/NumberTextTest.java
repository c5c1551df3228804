package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void wholeNumbersHaveNoFraction() {
        assertEquals("3", NumberText.format(3f));
        assertEquals("-3", NumberText.format(-3f));
        assertEquals("0", NumberText.format(-0f));
        assertEquals("1199882", NumberText.format(1199882f));
        assertEquals("10000000", NumberText.format(1e7f));
    }

    @Test
    void fractionsAndHugeOrTinyValuesStayShort() {
        assertEquals("0.5", NumberText.format(0.5f));
        assertEquals("-0.1", NumberText.format(-0.1f));
        assertEquals("1E20", NumberText.format(1e20f));
        assertEquals("1.5E-5", NumberText.format(1.5e-5f));
        assertEquals("NaN", NumberText.format(Float.NaN));
    }

    @Test
    void everyTextReadsBackAsTheSameFloat() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            float value = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(value)) {
                String text = NumberText.format(value);
                assertEquals(value == 0 ? 0f : value, Float.parseFloat(text), text);
            }
        }
    }
}
