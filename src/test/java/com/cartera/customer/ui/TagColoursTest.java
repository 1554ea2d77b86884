package com.cartera.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Chip text contrast, against luminances worked out by hand from the WCAG formula. */
class TagColoursTest {

    @Test
    void luminanceOfKnownColours() {
        assertThat(TagColours.luminance("#ffffff")).isCloseTo(1.0, within(1e-9));
        assertThat(TagColours.luminance("#000000")).isCloseTo(0.0, within(1e-9));
        // Pure red: only the red channel counts, with its weight 0.2126.
        assertThat(TagColours.luminance("#ff0000")).isCloseTo(0.2126, within(1e-9));
        // Mid grey #777777: (0.4667 + 0.055) / 1.055 = 0.4945, to the power 2.4 = 0.1845.
        assertThat(TagColours.luminance("#777777")).isCloseTo(0.1845, within(1e-3));
    }

    @Test
    void textIsWhiteOnDarkAndBlackOnLightColours() {
        assertThat(TagColours.textOn("#000000")).isEqualTo("#ffffff");
        assertThat(TagColours.textOn("#ffffff")).isEqualTo("#000000");
        assertThat(TagColours.textOn("#1d4ed8")).isEqualTo("#ffffff");
        assertThat(TagColours.textOn("#fde68a")).isEqualTo("#000000");
        // Grey #777777 (L = 0.1845): 4.48 with white, 4.69 with black, so black wins by a little.
        assertThat(TagColours.textOn("#777777")).isEqualTo("#000000");
    }

    @Test
    void everyPaletteColourReachesAContrastOfFourAndAHalfWithItsText() {
        for (String colour : TagColours.PALETTE) {
            double background = TagColours.luminance(colour);
            double text = TagColours.luminance(TagColours.textOn(colour));
            double ratio = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
            assertThat(ratio).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }
}
