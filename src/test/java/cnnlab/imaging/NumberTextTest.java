package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
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

    @Test
    void displayGroupsThousandsInEnglishAndChinese() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            assertEquals("1,199,882", NumberText.display(1199882, locale));
            assertEquals("30,976", NumberText.display(22 * 22 * 64, locale));
            assertEquals("320", NumberText.display(320f, locale), "a whole float has no .0");
            assertEquals("-15,921,098", NumberText.display(-15921098, locale));
        }
        assertEquals("1.199.882", NumberText.display(1199882, Locale.GERMAN), "the language decides the grouping");
    }

    @Test
    void displayKeepsSensibleDecimals() {
        Locale en = Locale.ENGLISH;
        assertEquals("4.5", NumberText.display(4.5f, en));
        assertEquals("-1.75", NumberText.display(-1.75f, en));
        assertEquals("0.1", NumberText.display(0.1f, en), "the float's binary noise is not shown");
        assertEquals("0.3333", NumberText.display(1 / 3f, en), "four significant digits");
        assertEquals("0.001235", NumberText.display(0.0012345678, en));
        assertEquals("1,234.57", NumberText.display(1234.5678, en), "at least two decimals");
        assertEquals("0", NumberText.display(-0f, en));
        assertEquals("1.5E-5", NumberText.display(1.5e-5f, en), "tiny values keep their digits");
        assertEquals("NaN", NumberText.display(Float.NaN, en));
    }
}
